import {frontMatterJsonSchema} from '@org/llm-interview-parser'
import {PlanRoleSchema} from '@org/llm-interview-schema'
import {CompletionItemKind, type CompletionItem, type Position} from 'vscode-languageserver'
import type {Analysis} from './analysis.js'
import {frontMatterKeyAt, type KeyScope} from './front-matter-keys.js'
import {frontMatterValueAt, frontMatterValues, levelEntryAround, type FrontMatterValue} from './front-matter-value.js'
import {sectionsOf} from './outline-sections.js'
import {siblingLevelIds} from './sibling-levels.js'
import {labelDetail, levelIdDetail, sectionDetail} from './texts.js'

/**
 * Completions for the front matter value at `position`: section ids of
 * the body in a plan's `section` (those the level has not planned yet
 * first), the plan roles in `role`, level ids of the guide's other
 * versions in a level's `id`, and the labels of the body's level list in
 * `label`; where a key goes, the keys of that mapping from the front
 * matter JSON Schema, with their descriptions. Nothing elsewhere.
 */
export async function completionsAt(lines: readonly string[], position: Position, analysis: Analysis): Promise<CompletionItem[]> {
  const value = frontMatterValueAt(lines, position.line, position.character)
  if (!value) return keyCompletions(lines, position)
  const item = (label: string, kind: CompletionItemKind, detail: string | undefined, order: number): CompletionItem => ({
    label,
    kind,
    ...(detail === undefined ? {} : {detail}),
    sortText: String(order).padStart(5, '0'),
    textEdit: {range: {start: {line: value.line, character: value.start}, end: {line: value.line, character: value.end}}, newText: label}
  })
  switch (value.kind) {
    case 'section': {
      const planned = new Set(othersInEntry(lines, value, 'section'))
      const sections = sectionsOf(analysis.outline)
      return sections.map((section, index) => item(section.id, CompletionItemKind.Value, sectionDetail(section.title, section.duration), (planned.has(section.id) ? sections.length : 0) + index))
    }
    case 'role':
      return PlanRoleSchema.options.map((role, index) => ({...item(role, CompletionItemKind.EnumMember, undefined, index), documentation: PlanRoleSchema.description}))
    case 'level-id': {
      const declared = new Set(frontMatterValues(lines, 'level-id').filter((other) => other.line !== value.line).map((other) => other.text))
      const ids = analysis.source ? await siblingLevelIds(analysis.source) : []
      return ids.filter((id) => !declared.has(id)).map((id, index) => item(id, CompletionItemKind.Value, levelIdDetail, index))
    }
    case 'label': {
      const used = new Set(frontMatterValues(lines, 'label').filter((other) => other.line !== value.line).map((other) => other.text))
      const labels = (analysis.outline?.levelList ?? []).map((entry) => entry.label)
      return labels.filter((label) => !used.has(label)).map((label, index) => item(label, CompletionItemKind.Value, labelDetail, index))
    }
  }
}

type Properties = Record<string, {description?: string}>

/** The keys of each mapping of the front matter, from its JSON Schema. */
const keysOf: Record<KeyScope, Properties> = (() => {
  const schema = frontMatterJsonSchema() as {properties: Properties; $defs: {level: {properties: Properties}; planEntry: {properties: Properties}}}
  return {guide: schema.properties, level: schema.$defs.level.properties, 'plan-entry': schema.$defs.planEntry.properties}
})()

function keyCompletions(lines: readonly string[], position: Position): CompletionItem[] {
  const key = frontMatterKeyAt(lines, position.line, position.character)
  if (!key) return []
  return Object.entries(keysOf[key.scope])
    .filter(([name]) => !key.present.includes(name))
    .map(([name, property], index) => ({
      label: name,
      kind: CompletionItemKind.Property,
      ...(property.description === undefined ? {} : {documentation: property.description}),
      sortText: String(index).padStart(5, '0'),
      textEdit: {range: {start: {line: key.line, character: key.start}, end: {line: key.line, character: key.end}}, newText: key.colon ? name : `${name}: `}
    }))
}

/** The values of `kind` in the same level entry as `value`, but `value` itself. */
function othersInEntry(lines: readonly string[], value: FrontMatterValue, kind: FrontMatterValue['kind']): string[] {
  const entry = levelEntryAround(lines, value.line)
  if (!entry) return []
  return frontMatterValues(lines, kind, entry.from, entry.to)
    .filter((other) => other.line !== value.line || other.start !== value.start)
    .map((other) => other.text)
}

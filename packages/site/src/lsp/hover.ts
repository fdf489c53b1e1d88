import {PlanRoleSchema} from '@org/llm-interview-schema'
import {MarkupKind, type Hover, type Position} from 'vscode-languageserver'
import type {Analysis} from './analysis.js'
import {frontMatterValueAt} from './front-matter-value.js'
import {sectionsOf} from './outline-sections.js'
import {sectionHover} from './texts.js'

/**
 * The hover of a front matter value: a plan's section id shows the
 * section's title and duration from the body; a role, what it means.
 */
export function hoverAt(lines: readonly string[], position: Position, analysis: Analysis): Hover | null {
  const value = frontMatterValueAt(lines, position.line, position.character)
  if (!value || value.text === '') return null
  const range = {start: {line: value.line, character: value.start}, end: {line: value.line, character: value.end}}
  if (value.kind === 'section') {
    const section = sectionsOf(analysis.outline).find((candidate) => candidate.id === value.text)
    if (!section) return null
    return {contents: {kind: MarkupKind.Markdown, value: sectionHover(section.id, section.title, section.duration)}, range}
  }
  if (value.kind === 'role' && (PlanRoleSchema.options as readonly string[]).includes(value.text) && PlanRoleSchema.description) {
    return {contents: {kind: MarkupKind.PlainText, value: PlanRoleSchema.description}, range}
  }
  return null
}

import {reservedLevelIds} from '@org/llm-interview-schema'
import type {Node as YamlNode} from 'yaml'
import {isSeq} from 'yaml'
import type {LevelDeclaration, PlanDeclaration} from './front-matter.js'
import {report} from './report.js'
import {describe, isNode, readMap, type Reader} from './yaml-nodes.js'

/** The `levels` list of the front matter, each mistake reported at its line. */
export function readLevels(node: unknown, reader: Reader): LevelDeclaration[] {
  const {place, scalar, file} = reader
  if (!isSeq(node)) {
    report(file, {
      ruleId: 'front-matter',
      reason: `Unexpected ${describe(node)} for \`levels\`, expected a list of levels`,
      hint: 'Write each level as a list entry: `- id: foundation` with `label:` and `plan:` under it.',
      place: isNode(node) ? place(node.range) : reader.at
    })
    return []
  }
  const levels: LevelDeclaration[] = []
  for (const entry of node.items) {
    const at = place(isNode(entry) ? entry.range : undefined)
    const fields = readMap(entry, ['id', 'label', 'plan'], 'a level', {...reader, at})
    if (!fields) continue
    const id = fields.id ? scalar(fields.id.value, 'id', at) : undefined
    const label = fields.label ? scalar(fields.label.value, 'label', at) : undefined
    for (const [name, value] of [['id', fields.id], ['label', fields.label], ['plan', fields.plan]] as const) {
      if (!value)
        report(file, {
          ruleId: 'front-matter',
          reason: `Unexpected level without \`${name}\`, expected \`id\`, \`label\` and \`plan\``,
          hint: 'A level needs an ASCII `id` (used in URLs), the `label` written in the body, and its `plan`.',
          place: at
        })
    }
    if (id !== undefined && !/^[a-z][a-z0-9-]*$/.test(id)) {
      report(file, {
        ruleId: 'front-matter',
        reason: `Unexpected level id \`${id}\`, expected a lowercase ASCII slug`,
        hint: 'Level ids appear in URLs: use lowercase letters, digits and hyphens, e.g. `foundation`.',
        place: place((fields.id!.value as YamlNode).range)
      })
      continue
    }
    if (id !== undefined && (reservedLevelIds as readonly string[]).includes(id)) {
      report(file, {
        ruleId: 'front-matter',
        reason: `Unexpected level id \`${id}\`, expected an id other than ${reservedLevelIds.map((r) => `\`${r}\``).join(', ')}`,
        hint: 'These names are taken by other pages of the published guide; choose another id, e.g. `foundation`.',
        place: place((fields.id!.value as YamlNode).range)
      })
      continue
    }
    if (id === undefined || label === undefined || !fields.plan) continue
    levels.push({
      id,
      label,
      plan: readPlan(fields.plan.value, {...reader, at}),
      position: at,
      labelPosition: place((fields.label!.value as YamlNode).range)
    })
  }
  return levels
}


function readPlan(node: unknown, reader: Reader): PlanDeclaration[] {
  const {place, scalar, file} = reader
  if (!isSeq(node)) {
    report(file, {
      ruleId: 'front-matter',
      reason: `Unexpected ${describe(node)} for \`plan\`, expected a list of sections`,
      hint: 'Write one entry per section: `- {section: 1.1, role: core, minutes: 10}`.',
      place: isNode(node) ? place(node.range) : reader.at
    })
    return []
  }
  const plan: PlanDeclaration[] = []
  for (const entry of node.items) {
    const at = place(isNode(entry) ? entry.range : undefined)
    const fields = readMap(entry, ['section', 'role', 'minutes'], 'a plan entry', {...reader, at})
    if (!fields) continue
    if (!fields.section || !fields.role) {
      report(file, {
        ruleId: 'front-matter',
        reason: `Unexpected plan entry without \`${fields.section ? 'role' : 'section'}\`, expected \`section\` and \`role\``,
        hint: 'Write `{section: 1.1, role: core, minutes: 10}`; role is core, optional or skip.',
        place: at
      })
      continue
    }
    const section = scalar(fields.section.value, 'section', at)
    const role = scalar(fields.role.value, 'role', at)
    let minutes: number | undefined
    if (fields.minutes) {
      const text = scalar(fields.minutes.value, 'minutes', at)
      if (text !== undefined && !/^\d+$/.test(text)) {
        report(file, {
          ruleId: 'front-matter',
          reason: `Unexpected minutes \`${text}\`, expected a whole number`,
          hint: 'Write the minutes this level spends on the section, e.g. `minutes: 10`.',
          place: place((fields.minutes.value as YamlNode).range)
        })
        continue
      }
      if (text !== undefined) minutes = Number(text)
    }
    if (section === undefined || role === undefined) continue
    plan.push({
      section,
      role,
      minutes,
      position: at,
      sectionPosition: place((fields.section.value as YamlNode).range),
      rolePosition: place((fields.role.value as YamlNode).range)
    })
  }
  return plan
}


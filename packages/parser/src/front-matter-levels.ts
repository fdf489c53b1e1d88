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
      message: 'front-matter/levels-not-list',
      params: describe(node),
      place: isNode(node) ? place(node.range) : reader.at
    })
    return []
  }
  const levels: LevelDeclaration[] = []
  for (const entry of node.items) {
    const at = place(isNode(entry) ? entry.range : undefined)
    const fields = readMap(entry, ['id', 'label', 'plan'], 'level', {...reader, at})
    if (!fields) continue
    const id = fields.id ? scalar(fields.id.value, 'id', at) : undefined
    const label = fields.label ? scalar(fields.label.value, 'label', at) : undefined
    for (const [name, value] of [['id', fields.id], ['label', fields.label], ['plan', fields.plan]] as const) {
      if (!value)
        report(file, {
          message: 'front-matter/level-field',
          params: {field: name},
          place: at
        })
    }
    if (id !== undefined && !/^[a-z][a-z0-9-]*$/.test(id)) {
      report(file, {
        message: 'front-matter/level-id',
        params: {id},
        place: place((fields.id!.value as YamlNode).range)
      })
      continue
    }
    if (id !== undefined && (reservedLevelIds as readonly string[]).includes(id)) {
      report(file, {
        message: 'front-matter/level-id-reserved',
        params: {id, reserved: reservedLevelIds},
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
      message: 'front-matter/plan-not-list',
      params: describe(node),
      place: isNode(node) ? place(node.range) : reader.at
    })
    return []
  }
  const plan: PlanDeclaration[] = []
  for (const entry of node.items) {
    const at = place(isNode(entry) ? entry.range : undefined)
    const fields = readMap(entry, ['section', 'role', 'minutes'], 'plan-entry', {...reader, at})
    if (!fields) continue
    if (!fields.section || !fields.role) {
      report(file, {
        message: 'front-matter/plan-field',
        params: {field: fields.section ? 'role' : 'section'},
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
          message: 'front-matter/plan-minutes',
          params: {text},
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


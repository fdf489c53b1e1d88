import {isDeepStrictEqual} from 'node:util'
import {refOf, resolve, rootName, typesOf, unionMembers, valuesOf, type JsonSchema, type Schema} from './json-schema.js'

export type {JsonSchema} from './json-schema.js'

/**
 * What changed at one place of a schema. Breaking kinds make data that was
 * valid under the released schema invalid (or a field disappear):
 * `removed`, `renamed`, `required-added`, `type-narrowed`,
 * `enum-value-removed`, `pattern-changed`, `constraint-narrowed`,
 * `variant-removed`, `closed`. The others widen what is accepted.
 */
export type ChangeKind =
  | 'removed'
  | 'renamed'
  | 'required-added'
  | 'type-narrowed'
  | 'enum-value-removed'
  | 'pattern-changed'
  | 'constraint-narrowed'
  | 'variant-removed'
  | 'closed'
  | 'optional-added'
  | 'became-optional'
  | 'type-widened'
  | 'enum-value-added'
  | 'pattern-removed'
  | 'constraint-widened'
  | 'variant-added'
  | 'opened'

/** One difference between the released and the current schema. */
export interface SchemaChange {
  /** Where, as a data path: `Guide.parts[].sections[].title`. */
  path: string
  kind: ChangeKind
  breaking: boolean
  /** What exactly, e.g. `string -> integer`. */
  detail: string
}

const breakingKinds = new Set<ChangeKind>(['removed', 'renamed', 'required-added', 'type-narrowed', 'enum-value-removed', 'pattern-changed', 'constraint-narrowed', 'variant-removed', 'closed'])
const lowerBounds = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum']
const upperBounds = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum']

interface Context {
  oldRoot: JsonSchema
  newRoot: JsonSchema
  changes: SchemaChange[]
  /** Pairs of `$ref`s already compared, so recursive definitions end. */
  seen: Set<string>
}

/**
 * Compares the released JSON Schema with the current one, following `$ref`s
 * into `$defs`, and lists every difference, breaking or not, in a stable
 * order. Union members (`anyOf`/`oneOf`) are paired by `$ref`, then by a
 * discriminating `const`/`enum` property, then by type.
 */
export function compareJsonSchemas(released: JsonSchema, current: JsonSchema): SchemaChange[] {
  const context: Context = {oldRoot: released, newRoot: current, changes: [], seen: new Set()}
  compare(released, current, rootName(released) ?? rootName(current) ?? '(root)', context)
  return context.changes
}

/** One line for a person: `Guide.parts[].title: removed`. */
export function formatChange(change: SchemaChange): string {
  return `${change.path}: ${change.kind}${change.detail ? ` (${change.detail})` : ''}`
}

function compare(oldNode: JsonSchema, newNode: JsonSchema, path: string, context: Context): void {
  const oldRef = refOf(oldNode)
  const newRef = refOf(newNode)
  if (oldRef !== undefined || newRef !== undefined) {
    const key = `${oldRef ?? path}\u0000${newRef ?? path}`
    if (context.seen.has(key)) return
    context.seen.add(key)
  }
  const before = resolve(oldNode, context.oldRoot)
  const after = resolve(newNode, context.newRoot)
  if (typeof before === 'boolean' || typeof after === 'boolean') {
    if (before !== after) note(context, path, before === false || after === true ? 'type-widened' : 'type-narrowed', `${JSON.stringify(before)} -> ${JSON.stringify(after)}`)
    return
  }
  const oldMembers = unionMembers(before)
  const newMembers = unionMembers(after)
  if (oldMembers || newMembers) {
    compareUnions(oldMembers ?? [before], newMembers ?? [after], path, context)
    return
  }
  compareTypes(before, after, path, context)
  compareValues(before, after, path, context)
  compareKeyword(before, after, path, context, 'pattern')
  compareKeyword(before, after, path, context, 'format')
  compareExclusions(before, after, path, context)
  compareBounds(before, after, path, context)
  compareProperties(before, after, path, context)
  const oldItems = before.items as JsonSchema | undefined
  const newItems = after.items as JsonSchema | undefined
  if (oldItems !== undefined && newItems !== undefined) compare(oldItems, newItems, `${path}[]`, context)
  else if (oldItems !== undefined || newItems !== undefined) note(context, `${path}[]`, oldItems === undefined ? 'type-narrowed' : 'type-widened', oldItems === undefined ? 'items now constrained' : 'items no longer constrained')
}

function compareTypes(before: Schema, after: Schema, path: string, context: Context): void {
  const oldTypes = typesOf(before)
  const newTypes = typesOf(after)
  if (isDeepStrictEqual(oldTypes, newTypes)) return
  const accepts = (types: readonly string[] | undefined, type: string) => !types || types.includes(type) || (type === 'integer' && types.includes('number'))
  const lost = (oldTypes ?? ['any']).filter((type) => type === 'any' ? newTypes !== undefined : !accepts(newTypes, type))
  const gained = (newTypes ?? ['any']).filter((type) => type === 'any' ? oldTypes !== undefined : !accepts(oldTypes, type))
  const detail = `${(oldTypes ?? ['any']).join(' | ')} -> ${(newTypes ?? ['any']).join(' | ')}`
  if (lost.length > 0) note(context, path, 'type-narrowed', detail)
  else if (gained.length > 0) note(context, path, 'type-widened', detail)
}

function compareValues(before: Schema, after: Schema, path: string, context: Context): void {
  const oldValues = valuesOf(before)
  const newValues = valuesOf(after)
  if (!oldValues && !newValues) return
  if (!oldValues) return note(context, path, 'enum-value-removed', `values now limited to ${list(newValues!)}`)
  if (!newValues) return note(context, path, 'enum-value-added', 'any value now')
  const removed = oldValues.filter((value) => !newValues.some((v) => isDeepStrictEqual(v, value)))
  const added = newValues.filter((value) => !oldValues.some((v) => isDeepStrictEqual(v, value)))
  if (removed.length > 0) note(context, path, 'enum-value-removed', list(removed))
  if (added.length > 0) note(context, path, 'enum-value-added', list(added))
}

function compareKeyword(before: Schema, after: Schema, path: string, context: Context, keyword: 'pattern' | 'format'): void {
  const oldValue = before[keyword]
  const newValue = after[keyword]
  if (oldValue === newValue) return
  const detail = `${keyword} ${oldValue === undefined ? 'none' : JSON.stringify(oldValue)} -> ${newValue === undefined ? 'none' : JSON.stringify(newValue)}`
  if (newValue === undefined) note(context, path, keyword === 'pattern' ? 'pattern-removed' : 'constraint-widened', detail)
  else note(context, path, keyword === 'pattern' ? 'pattern-changed' : 'constraint-narrowed', detail)
}

/**
 * `not`: values excluded (`not: {enum: [...]}` or `{const}`), compared value
 * by value; any other change of a `not` counts as a narrowing, since which
 * values it lets through cannot be told in general.
 */
function compareExclusions(before: Schema, after: Schema, path: string, context: Context): void {
  const oldNot = before.not as JsonSchema | undefined
  const newNot = after.not as JsonSchema | undefined
  if (isDeepStrictEqual(oldNot, newNot)) return
  const excluded = (node: JsonSchema | undefined) => (node === undefined ? [] : typeof node === 'object' ? valuesOf(node) : undefined)
  const oldValues = excluded(oldNot)
  const newValues = excluded(newNot)
  if (!oldValues || !newValues) return note(context, path, 'constraint-narrowed', `not ${JSON.stringify(oldNot ?? null)} -> ${JSON.stringify(newNot ?? null)}`)
  const added = newValues.filter((value) => !oldValues.some((v) => isDeepStrictEqual(v, value)))
  const removed = oldValues.filter((value) => !newValues.some((v) => isDeepStrictEqual(v, value)))
  if (added.length > 0) note(context, path, 'constraint-narrowed', `now excluded: ${list(added)}`)
  if (removed.length > 0) note(context, path, 'constraint-widened', `no longer excluded: ${list(removed)}`)
}

function compareBounds(before: Schema, after: Schema, path: string, context: Context): void {
  for (const keyword of [...lowerBounds, ...upperBounds, 'multipleOf']) {
    const oldValue = before[keyword] as number | undefined
    const newValue = after[keyword] as number | undefined
    if (oldValue === newValue) continue
    const detail = `${keyword} ${oldValue ?? 'none'} -> ${newValue ?? 'none'}`
    const tighter =
      newValue !== undefined &&
      (oldValue === undefined || keyword === 'multipleOf' || (lowerBounds.includes(keyword) ? newValue > oldValue : newValue < oldValue))
    note(context, path, tighter ? 'constraint-narrowed' : 'constraint-widened', detail)
  }
  if (before.uniqueItems !== after.uniqueItems) note(context, path, after.uniqueItems === true ? 'constraint-narrowed' : 'constraint-widened', `uniqueItems ${String(before.uniqueItems ?? false)} -> ${String(after.uniqueItems ?? false)}`)
}

function compareProperties(before: Schema, after: Schema, path: string, context: Context): void {
  const oldProps = (before.properties ?? {}) as Record<string, JsonSchema>
  const newProps = (after.properties ?? {}) as Record<string, JsonSchema>
  const oldRequired = new Set((before.required ?? []) as string[])
  const newRequired = new Set((after.required ?? []) as string[])
  const added = Object.keys(newProps).filter((name) => !(name in oldProps))
  const renamedTo = new Set<string>()
  for (const [name, schema] of Object.entries(oldProps)) {
    const at = `${path}.${name}`
    if (name in newProps) {
      compare(schema, newProps[name]!, at, context)
      if (!oldRequired.has(name) && newRequired.has(name)) note(context, at, 'required-added', 'optional -> required')
      if (oldRequired.has(name) && !newRequired.has(name)) note(context, at, 'became-optional', 'required -> optional')
      continue
    }
    const target = added.find((candidate) => !renamedTo.has(candidate) && isDeepStrictEqual(newProps[candidate], schema))
    if (target) {
      renamedTo.add(target)
      note(context, at, 'renamed', `now \`${target}\``)
    } else note(context, at, 'removed', oldRequired.has(name) ? 'was required' : 'was optional')
  }
  for (const name of added.filter((candidate) => !renamedTo.has(candidate))) {
    note(context, `${path}.${name}`, newRequired.has(name) ? 'required-added' : 'optional-added', newRequired.has(name) ? 'new required field' : 'new optional field')
  }
  const oldExtra = before.additionalProperties as JsonSchema | undefined
  const newExtra = after.additionalProperties as JsonSchema | undefined
  if (typeof oldExtra === 'object' && typeof newExtra === 'object') compare(oldExtra, newExtra, `${path}.*`, context)
  else if ((oldExtra === false) !== (newExtra === false)) note(context, path, newExtra === false ? 'closed' : 'opened', newExtra === false ? 'other properties no longer allowed' : 'other properties now allowed')
}

function compareUnions(oldMembers: JsonSchema[], newMembers: JsonSchema[], path: string, context: Context): void {
  const unpaired = new Set(newMembers.map((_, index) => index))
  const oldKeys = oldMembers.map((member) => memberKey(member, context.oldRoot))
  const newKeys = newMembers.map((member) => memberKey(member, context.newRoot))
  const pairings = [
    (a: MemberKey, b: MemberKey) => a.ref !== undefined && a.ref === b.ref,
    (a: MemberKey, b: MemberKey) => a.discriminator !== undefined && a.discriminator === b.discriminator && a.values.some((v) => b.values.includes(v)),
    (a: MemberKey, b: MemberKey) => a.discriminator === undefined && b.discriminator === undefined && a.types === b.types
  ]
  const partner = new Map<number, number>()
  for (const matches of pairings) {
    oldKeys.forEach((key, oldIndex) => {
      if (partner.has(oldIndex)) return
      const newIndex = [...unpaired].find((index) => matches(key, newKeys[index]!))
      if (newIndex === undefined) return
      partner.set(oldIndex, newIndex)
      unpaired.delete(newIndex)
    })
  }
  const single = oldMembers.length === 1 && newMembers.length === 1
  oldMembers.forEach((member, oldIndex) => {
    const newIndex = partner.get(oldIndex) ?? (single ? 0 : undefined)
    const at = single ? path : `${path}${oldKeys[oldIndex]!.label}`
    if (newIndex === undefined) note(context, at, 'variant-removed', 'no longer accepted')
    else {
      unpaired.delete(newIndex)
      compare(member, newMembers[newIndex]!, at, context)
    }
  })
  for (const index of unpaired) note(context, `${path}${newKeys[index]!.label}`, 'variant-added', 'newly accepted')
}

interface MemberKey {
  ref?: string
  discriminator?: string
  values: string[]
  types: string
  label: string
}

function memberKey(member: JsonSchema, root: JsonSchema): MemberKey {
  const ref = refOf(member)
  const schema = resolve(member, root)
  const types = typeof schema === 'boolean' ? String(schema) : (typesOf(schema) ?? ['any']).join('|')
  const properties = typeof schema === 'boolean' ? {} : ((schema.properties ?? {}) as Record<string, JsonSchema>)
  for (const [name, property] of Object.entries(properties)) {
    const values = typeof property === 'boolean' ? undefined : valuesOf(resolve(property, root) as Schema)
    if (values) {
      const strings = values.map((value) => JSON.stringify(value))
      return {...(ref ? {ref} : {}), discriminator: name, values: strings, types, label: `{${name}: ${values.join(' | ')}}`}
    }
  }
  return {...(ref ? {ref} : {}), values: [], types, label: ref ? `<${ref.split('/').at(-1)}>` : `<${types}>`}
}

function note(context: Context, path: string, kind: ChangeKind, detail: string): void {
  context.changes.push({path, kind, breaking: breakingKinds.has(kind), detail})
}

function list(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ')
}

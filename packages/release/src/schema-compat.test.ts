import {describe, expect, it} from 'vitest'
import {compareJsonSchemas, formatChange, type JsonSchema} from './schema-compat.js'

/** A small schema shaped like the generated one: a root `$ref` into `$defs`. */
function schema(defs: Record<string, JsonSchema>): JsonSchema {
  return {$schema: 'https://json-schema.org/draft/2020-12/schema', $ref: '#/$defs/Doc', $defs: defs}
}

function object(properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema {
  return {type: 'object', properties, required, additionalProperties: false}
}

const released = schema({
  Doc: object(
    {
      id: {type: 'string', pattern: '^[a-z]+$'},
      title: {type: 'string', minLength: 1},
      minutes: {type: 'number'},
      kind: {type: 'string', enum: ['topic', 'question']},
      note: {type: 'string'},
      items: {type: 'array', items: {$ref: '#/$defs/Item'}},
      inline: {$ref: '#/$defs/Inline'}
    },
    ['id', 'title', 'minutes', 'kind', 'items', 'inline']
  ),
  Item: object({text: {type: 'string'}, items: {type: 'array', items: {$ref: '#/$defs/Item'}}}),
  Inline: {
    anyOf: [object({type: {type: 'string', const: 'text'}, value: {type: 'string'}}), object({type: {type: 'string', const: 'break'}})]
  }
})

/** `released` with one edit made to a deep copy. */
function edited(edit: (defs: any) => void): JsonSchema {
  const copy = structuredClone(released) as {$defs: any}
  edit(copy.$defs)
  return copy as JsonSchema
}

function kinds(current: JsonSchema) {
  return compareJsonSchemas(released, current).map((change) => ({path: change.path, kind: change.kind, breaking: change.breaking}))
}

describe('compareJsonSchemas', () => {
  it('finds nothing between a schema and itself, recursive definitions included', () => {
    expect(compareJsonSchemas(released, structuredClone(released))).toEqual([])
  })

  describe('breaking changes', () => {
    const cases: [string, (defs: any) => void, {path: string; kind: string}[]][] = [
      ['a field removed', (d) => delete d.Doc.properties.note, [{path: 'Doc.note', kind: 'removed'}]],
      [
        'a field renamed',
        (d) => {
          d.Doc.properties.heading = d.Doc.properties.title
          delete d.Doc.properties.title
          d.Doc.required = d.Doc.required.map((n: string) => (n === 'title' ? 'heading' : n))
        },
        [{path: 'Doc.title', kind: 'renamed'}]
      ],
      ['a type narrowed', (d) => (d.Doc.properties.minutes.type = 'integer'), [{path: 'Doc.minutes', kind: 'type-narrowed'}]],
      ['a type changed', (d) => (d.Doc.properties.title.type = 'number'), [{path: 'Doc.title', kind: 'type-narrowed'}]],
      ['a new required field', (d) => ((d.Doc.properties.lang = {type: 'string'}), d.Doc.required.push('lang')), [{path: 'Doc.lang', kind: 'required-added'}]],
      ['an optional field made required', (d) => d.Doc.required.push('note'), [{path: 'Doc.note', kind: 'required-added'}]],
      ['an enum value removed', (d) => (d.Doc.properties.kind.enum = ['topic']), [{path: 'Doc.kind', kind: 'enum-value-removed'}]],
      ['a pattern added', (d) => (d.Doc.properties.title.pattern = '^\\S'), [{path: 'Doc.title', kind: 'pattern-changed'}]],
      ['a pattern changed', (d) => (d.Doc.properties.id.pattern = '^[a-z0-9]+$'), [{path: 'Doc.id', kind: 'pattern-changed'}]],
      ['a minimum raised', (d) => (d.Doc.properties.title.minLength = 3), [{path: 'Doc.title', kind: 'constraint-narrowed'}]],
      ['a change inside a recursive definition', (d) => (d.Item.properties.text.type = 'integer'), [{path: 'Doc.items[].text', kind: 'type-narrowed'}]],
      ['a union member removed', (d) => d.Inline.anyOf.pop(), [{path: 'Doc.inline{type: break}', kind: 'variant-removed'}]],
      ['a field removed from a union member', (d) => delete d.Inline.anyOf[0].properties.value, [{path: 'Doc.inline{type: text}.value', kind: 'removed'}]],
      ['values excluded (`not: {enum}`)', (d) => (d.Doc.properties.id.not = {enum: ['print', 'latest']}), [{path: 'Doc.id', kind: 'constraint-narrowed'}]],
      ['more values excluded', (d) => (d.Doc.properties.kind.not = {const: 'x'}), [{path: 'Doc.kind', kind: 'constraint-narrowed'}]],
      ['any other `not` added', (d) => (d.Doc.properties.title.not = {pattern: '^x'}), [{path: 'Doc.title', kind: 'constraint-narrowed'}]]
    ]
    it.each(cases)('%s', (_name, edit, expected) => {
      expect(kinds(edited(edit))).toEqual(expected.map((e) => ({...e, breaking: true})))
    })

    it('closes an object that allowed other properties', () => {
      const open = schema({Doc: {type: 'object', properties: {a: {type: 'string'}}, required: ['a']}})
      const closed = schema({Doc: object({a: {type: 'string'}})})
      expect(compareJsonSchemas(open, closed)).toEqual([{path: 'Doc', kind: 'closed', breaking: true, detail: 'other properties no longer allowed'}])
    })
  })

  describe('additive changes', () => {
    const cases: [string, (defs: any) => void, {path: string; kind: string}][] = [
      ['a new optional field', (d) => (d.Doc.properties.lang = {type: 'string'}), {path: 'Doc.lang', kind: 'optional-added'}],
      ['an enum widened', (d) => d.Doc.properties.kind.enum.push('code'), {path: 'Doc.kind', kind: 'enum-value-added'}],
      ['a type widened', (d) => (d.Doc.properties.minutes.type = ['number', 'string']), {path: 'Doc.minutes', kind: 'type-widened'}],
      ['a required field made optional', (d) => (d.Doc.required = d.Doc.required.filter((n: string) => n !== 'title')), {path: 'Doc.title', kind: 'became-optional'}],
      ['a pattern removed', (d) => delete d.Doc.properties.id.pattern, {path: 'Doc.id', kind: 'pattern-removed'}],
      ['a union member added', (d) => d.Inline.anyOf.push(object({type: {type: 'string', const: 'code'}, value: {type: 'string'}})), {path: 'Doc.inline{type: code}', kind: 'variant-added'}],
      ['a description changed (ignored)', (d) => (d.Doc.properties.note.description = 'A note.'), {path: '', kind: ''}]
    ]
    it.each(cases)('%s', (_name, edit, expected) => {
      const changes = kinds(edited(edit))
      expect(changes.filter((c) => c.breaking)).toEqual([])
      expect(changes).toEqual(expected.kind ? [{...expected, breaking: false}] : [])
    })
  })

  it('compares excluded values one by one', () => {
    const excluding = (values: string[]) => schema({Doc: object({id: {type: 'string', not: {enum: values}}})})
    expect(compareJsonSchemas(excluding(['print', 'latest']), excluding(['print']))).toEqual([{path: 'Doc.id', kind: 'constraint-widened', breaking: false, detail: 'no longer excluded: "latest"'}])
    expect(compareJsonSchemas(excluding(['print']), excluding(['print', 'next']))).toEqual([{path: 'Doc.id', kind: 'constraint-narrowed', breaking: true, detail: 'now excluded: "next"'}])
    expect(compareJsonSchemas(excluding(['print']), schema({Doc: object({id: {type: 'string'}})}))).toEqual([{path: 'Doc.id', kind: 'constraint-widened', breaking: false, detail: 'no longer excluded: "print"'}])
  })

  it('formats a change as path, kind and detail', () => {
    const [change] = compareJsonSchemas(released, edited((d) => (d.Doc.properties.minutes.type = 'integer')))
    expect(formatChange(change!)).toBe('Doc.minutes: type-narrowed (number -> integer)')
  })
})

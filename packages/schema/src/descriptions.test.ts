import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {z} from 'zod'
import * as api from './index.js'

const dist = new URL('../dist/', import.meta.url)

interface FieldDoc {
  field: string
  doc: string | undefined
}

/** The exported interfaces of an emitted `.d.ts` and the doc comment of each field (what an editor shows on hover). */
function interfaceDocs(declarations: string): Map<string, FieldDoc[]> {
  const result = new Map<string, FieldDoc[]>()
  for (const match of declarations.matchAll(/^export interface (\w+) \{\n([\s\S]*?)\n\}/gm)) {
    const fields: FieldDoc[] = []
    let pending: string | undefined
    for (const line of match[2]!.split('\n')) {
      const doc = /^\s*\/\*\*\s?(.*?)\s*\*\/$/.exec(line)
      if (doc) pending = doc[1]
      const field = /^\s*(\w+)\??:/.exec(line)
      if (field) {
        fields.push({field: field[1]!, doc: pending})
        pending = undefined
      }
    }
    result.set(match[1]!, fields)
  }
  return result
}

/** The interface named after each object schema: `GuideSchema` has `Guide`; the inline nodes are `Inline*`. */
const interfaceOf: Record<string, string> = {TextSchema: 'InlineText', BreakSchema: 'InlineBreak', FormattingSchema: 'InlineFormatting', LinkSchema: 'InlineLink'}

const objectSchemas = Object.entries(api)
  .filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object' && '_zod' in value && (value as z.ZodType)._zod.def.type === 'object')
  .map(([name, value]) => [name, value as unknown as z.ZodObject] as const)

function description(field: z.ZodType): string | undefined {
  const def = field._zod.def as {type: string; innerType?: z.ZodType}
  return field.description ?? (def.type === 'optional' ? def.innerType!.description : undefined)
}

describe('hover docs in the emitted .d.ts', () => {
  const built = existsSync(new URL('index.d.ts', dist))
  const interfaces = new Map(
    built ? readdirSync(dist).filter((name) => name.endsWith('.d.ts')).flatMap((name) => [...interfaceDocs(readFileSync(new URL(name, dist), 'utf8'))]) : []
  )

  it('is built (npm test builds first)', () => {
    expect(built).toBe(true)
  })

  it.each(objectSchemas)('%s: its interface documents each field with the description the JSON Schema carries', (name, schema) => {
    const fields = interfaces.get(interfaceOf[name] ?? name.replace(/Schema$/, ''))
    expect(fields, `an exported interface for ${name}`).toBeDefined()
    const described = Object.entries(schema.shape).map(([field, type]) => ({field, doc: description(type as z.ZodType)}))
    expect(fields).toEqual(described)
    expect(described.every((field) => field.doc !== undefined && field.doc.trim() !== '')).toBe(true)
  })

  it('covers every field of the model', () => {
    expect(objectSchemas.length).toBeGreaterThanOrEqual(20)
    expect(objectSchemas.reduce((sum, [, schema]) => sum + Object.keys(schema.shape).length, 0)).toBeGreaterThanOrEqual(88)
  })
})

describe('interfaceDocs (the reading above)', () => {
  it('pairs each field with the doc comment right above it', () => {
    const source = 'export interface A {\n    /** The a. */\n    a: string;\n    b?: number;\n    /** The c. */\n    c?: A[];\n}\nexport interface B {\n    x: 1;\n}\n'
    expect([...interfaceDocs(source)]).toEqual([
      ['A', [{field: 'a', doc: 'The a.'}, {field: 'b', doc: undefined}, {field: 'c', doc: 'The c.'}]],
      ['B', [{field: 'x', doc: undefined}]]
    ])
  })
})

import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {expectGoldenText, goldenJson} from '../../../test-utils/golden.js'
import {guideJsonSchema, guideJsonSchemaId, reservedLevelIds, schemaVersion} from './index.js'

describe('guideJsonSchema', () => {
  it('matches the reviewed snapshot (a change here is a change of the data contract)', () => {
    expectGoldenText(new URL('__snapshots__/guide.schema.json', import.meta.url), goldenJson(guideJsonSchema()))
  })

  it('is what the build ships', () => {
    const shipped = new URL('../dist/guide.schema.json', import.meta.url)
    expect(existsSync(shipped), 'run the build first (npm test does)').toBe(true)
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(guideJsonSchema())
  })

  it('names the main definitions', () => {
    const schema = guideJsonSchema() as {$defs: Record<string, unknown>}
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Guide', 'Part', 'Section', 'Group', 'Item', 'Inline', 'Level', 'Criterion']))
  })

  it('names the contract and its version in $id', () => {
    expect(guideJsonSchema().$id).toBe(guideJsonSchemaId)
    expect(guideJsonSchemaId).toMatch(new RegExp(`^urn:[a-z0-9:-]+:v${schemaVersion}$`))
  })

  it('holds the rules zod holds in refinements: the reserved level ids', () => {
    const schema = guideJsonSchema() as {$defs: {Level: {properties: {id: {not?: unknown}}}}}
    expect(schema.$defs.Level.properties.id.not).toEqual({enum: [...reservedLevelIds]})
  })

  it('leaves every object open, as zod does (see the README: Compatibility)', () => {
    const objects: unknown[] = []
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return
      if ((node as {type?: unknown}).type === 'object') objects.push((node as {additionalProperties?: unknown}).additionalProperties)
      Object.values(node).forEach(walk)
    }
    walk(guideJsonSchema())
    expect(objects.length).toBeGreaterThanOrEqual(20)
    expect(new Set(objects)).toEqual(new Set([true]))
  })

  it('describes every object property', () => {
    const {described, undescribed} = propertyDescriptions(guideJsonSchema())
    expect(undescribed).toEqual([])
    // Every field of every object of the model, the inline node kinds included.
    expect(described).toBeGreaterThanOrEqual(88)
  })
})

describe('propertyDescriptions (the check above)', () => {
  it('finds properties without a description at any depth', () => {
    const schema = {
      $defs: {A: {type: 'object', properties: {a: {type: 'string', description: 'An a.'}, b: {type: 'string'}}}},
      anyOf: [{type: 'object', properties: {c: {type: 'array', description: 'Cs.', items: {type: 'object', properties: {d: {type: 'number', description: ''}}}}}}]
    }
    expect(propertyDescriptions(schema)).toEqual({described: 2, undescribed: ['$defs.A.properties.b', 'anyOf.0.properties.c.items.properties.d']})
  })
})

/** Counts the object properties of a JSON Schema with a non-empty description, and names those without. */
function propertyDescriptions(schema: unknown): {described: number; undescribed: string[]} {
  const result = {described: 0, undescribed: [] as string[]}
  const walk = (node: unknown, at: string) => {
    if (typeof node !== 'object' || node === null) return
    const properties = (node as {properties?: unknown}).properties
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, property] of Object.entries(properties)) {
        const description = (property as {description?: unknown}).description
        if (typeof description === 'string' && description.trim() !== '') result.described++
        else result.undescribed.push(`${at}properties.${name}`)
      }
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${at}${key}.`)
  }
  walk(schema, '')
  return result
}


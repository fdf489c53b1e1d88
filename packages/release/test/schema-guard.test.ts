import path from 'node:path'
import {guideJsonSchema} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {parseChangeset, readChangesets} from '../src/changesets.js'
import {guardSchema, readReleasedSchema, releasedSchemaDir} from '../src/schema-guard.js'
import {readManifest} from '../src/workspace.js'
import {repoRoot} from './helpers.js'

const released = readReleasedSchema(repoRoot)

describe('the schema compatibility guard', () => {
  it('passes the working tree: no breaking change since the release, or a pending major changeset', () => {
    const result = guardSchema(released, guideJsonSchema(), readChangesets(repoRoot))
    expect(result.ok, result.report).toBe(true)
  })

  it('keeps the released schema of the current version of the schema package', () => {
    expect(released.version, `${releasedSchemaDir}/version (npm run version-packages updates it)`).toBe(readManifest(path.join(repoRoot, 'packages/schema')).version)
  })

  // The cases below edit the released schema, so they hold whatever the working tree does.
  describe('on a deliberately breaking change of the guide schema', () => {
    const broken = structuredClone(released.schema) as {$defs: Record<string, any>}
    delete broken.$defs.Guide.properties.closing
    broken.$defs.Part.properties.weight = {type: 'number'}
    broken.$defs.Part.required.push('weight')
    broken.$defs.Item.properties.kind.enum = ['topic', 'question']
    broken.$defs.Section.properties.title.pattern = '^\\S'
    const major = parseChangeset('---\n"@org/llm-interview-schema": major\n---\n\nRemove closing.\n', 'remove-closing.md')
    const minor = parseChangeset('---\n"@org/llm-interview-schema": minor\n---\n\nRemove closing.\n', 'oops.md')

    it('fails, naming the path and kind of each breaking change', () => {
      const result = guardSchema(released, broken, [minor])
      expect(result.ok).toBe(false)
      expect(result.report).toMatchInlineSnapshot(`
        "Unexpected breaking changes to the guide JSON Schema since @org/llm-interview-schema 0.1.0, without a pending major changeset:
          - Guide.parts[].sections[].title: pattern-changed (pattern none -> "^\\\\S")
          - Guide.parts[].sections[].groups[].items[].kind: enum-value-removed ("code")
          - Guide.parts[].weight: required-added (new required field)
          - Guide.closing: removed (was required)
        Make the change additive (a new optional field, a wider enum), or add a changeset with \`"@org/llm-interview-schema": major\` (npx changeset) and bump \`schemaVersion\`."
      `)
    })

    it('passes with a pending major changeset for the schema package', () => {
      const result = guardSchema(released, broken, [minor, major])
      expect(result.ok).toBe(true)
      expect(result.report).toContain('released as a major by .changeset/remove-closing.md')
    })
  })

  it('passes an additive change without a changeset', () => {
    const widened = structuredClone(released.schema) as {$defs: Record<string, any>}
    widened.$defs.Guide.properties.audience = {type: 'string'}
    widened.$defs.Item.properties.kind.enum.push('exercise')
    const result = guardSchema(released, widened, [])
    expect(result).toMatchObject({ok: true, breaking: []})
    expect(result.changes.map((c) => `${c.path}: ${c.kind}`)).toEqual(['Guide.parts[].sections[].groups[].items[].kind: enum-value-added', 'Guide.audience: optional-added'])
  })
})

import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {changesetsBumping, type Changeset} from './changesets.js'
import {compareJsonSchemas, formatChange, type JsonSchema, type SchemaChange} from './schema-compat.js'

/** The package whose JSON Schema is the data contract. */
export const schemaPackage = '@org/llm-interview-schema'

/** Where the JSON Schema of the last release is kept, relative to the root. */
export const releasedSchemaDir = 'packages/schema/released'

/** The JSON Schema of the last release and its version. */
export interface ReleasedSchema {
  version: string
  schema: JsonSchema
}

/** Reads `packages/schema/released/` (`guide.schema.json` and `version`). */
export function readReleasedSchema(root: string): ReleasedSchema {
  const dir = path.join(root, releasedSchemaDir)
  return {
    version: readFileSync(path.join(dir, 'version'), 'utf8').trim(),
    schema: JSON.parse(readFileSync(path.join(dir, 'guide.schema.json'), 'utf8')) as JsonSchema
  }
}

/** Records `schema` as the one released with `version`. */
export function writeReleasedSchema(root: string, released: ReleasedSchema): void {
  const dir = path.join(root, releasedSchemaDir)
  writeFileSync(path.join(dir, 'guide.schema.json'), JSON.stringify(released.schema, null, 2) + '\n')
  writeFileSync(path.join(dir, 'version'), released.version + '\n')
}

/** The verdict of the compatibility guard. */
export interface SchemaGuardResult {
  /** Every difference from the released schema. */
  changes: SchemaChange[]
  breaking: SchemaChange[]
  /** The pending changeset that bumps the schema package to a new major, if any. */
  majorChangeset?: Changeset
  /** False when there are breaking changes and no major changeset. */
  ok: boolean
  /** What to tell a person: each breaking change with its path and kind. */
  report: string
}

/**
 * Compares the current JSON Schema with the released one: breaking changes
 * are allowed only with a pending changeset bumping the schema package major.
 */
export function guardSchema(released: ReleasedSchema, current: JsonSchema, changesets: readonly Changeset[]): SchemaGuardResult {
  const changes = compareJsonSchemas(released.schema, current)
  const breaking = changes.filter((change) => change.breaking)
  const majorChangeset = changesetsBumping(changesets, schemaPackage, ['major'])[0]
  const ok = breaking.length === 0 || majorChangeset !== undefined
  const lines = breaking.map((change) => `  - ${formatChange(change)}`)
  let report = `The guide JSON Schema is compatible with ${schemaPackage} ${released.version} (${changes.length} additive change${changes.length === 1 ? '' : 's'}).`
  if (breaking.length > 0 && majorChangeset) {
    report = `Breaking changes to the guide JSON Schema since ${schemaPackage} ${released.version}, released as a major by .changeset/${majorChangeset.file}:\n${lines.join('\n')}`
  } else if (breaking.length > 0) {
    report = [
      `Unexpected breaking changes to the guide JSON Schema since ${schemaPackage} ${released.version}, without a pending major changeset:`,
      ...lines,
      `Make the change additive (a new optional field, a wider enum), or add a changeset with \`"${schemaPackage}": major\` (npx changeset) and bump \`schemaVersion\`.`
    ].join('\n')
  }
  return {changes, breaking, ...(majorChangeset ? {majorChangeset} : {}), ok, report}
}

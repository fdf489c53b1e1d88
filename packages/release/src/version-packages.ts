import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {guideJsonSchema} from '@org/llm-interview-schema'
import type {Io} from '@org/llm-interview-site'
import {changesetsBumping, type Changeset} from './changesets.js'
import {binary, run} from './exec.js'
import {releaseGuides} from './guide-release.js'
import {guidePackages} from './guides.js'
import {readReleasedSchema, schemaPackage, writeReleasedSchema} from './schema-guard.js'
import {planVersions} from './version-plan.js'
import {readWorkspaces, type Workspace} from './workspace.js'

/** The package holding the released guide data; it follows every guide release. */
export const dataPackage = '@org/llm-interview-data'

/** What `versionPackages` did. */
export interface VersionSummary {
  /** Packages whose version changed: name, old and new version. */
  bumped: {name: string; from: string; to: string}[]
  /** Guides frozen as a new version (`id@version`). */
  releasedGuides: string[]
  /** The schema version recorded as released, when it changed. */
  releasedSchema?: string
  /** The changeset added for the data package, when one was needed. */
  dataChangeset?: string
}

/**
 * `npm run version-packages`: first validates everything (see
 * `planVersions`) and throws a `Refusal` without changing anything when the
 * content is not ready; then applies the pending changesets
 * (`changeset version`: versions and CHANGELOG.md entries), refreshes
 * package-lock.json without the network, freezes every guide whose package
 * version changed (`llm-interview release`), and records the JSON Schema
 * as released when the schema package's version changed. A guide release
 * also bumps the data package (minor), so its new data gets published.
 */
export async function versionPackages(root: string, io: Io): Promise<VersionSummary> {
  const before = readWorkspaces(root)
  const plan = await planVersions(root, before, io)
  const dataChangeset = addDataChangeset(root, before, plan.changesets, plan.guideVersions)
  await step(root, binary(root, 'changeset'), ['version'])
  await step(root, 'npm', ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'])
  const after = readWorkspaces(root)
  const releasedGuides = (await releaseGuides(root, after, io)).map((guide) => `${guide.id}@${guide.workspace.manifest.version}`)
  const schema = after.find((w) => w.manifest.name === schemaPackage)
  let releasedSchema: string | undefined
  if (schema && readReleasedSchema(root).version !== schema.manifest.version) {
    releasedSchema = schema.manifest.version
    writeReleasedSchema(root, {version: releasedSchema, schema: guideJsonSchema()})
  }
  const bumped = after.flatMap((w) => {
    const from = before.find((b) => b.manifest.name === w.manifest.name)?.manifest.version
    return from !== undefined && from !== w.manifest.version ? [{name: w.manifest.name, from, to: w.manifest.version}] : []
  })
  return {bumped, releasedGuides, ...(releasedSchema ? {releasedSchema} : {}), ...(dataChangeset ? {dataChangeset} : {})}
}

/**
 * When pending changesets bump a guide but not the data package, adds a
 * minor changeset for the data package naming the guides and the versions
 * they are released as (`guideVersions`, guide id -> version), and returns
 * its file name. (A devDependency bump does not bump dependents in changesets.)
 */
export function addDataChangeset(root: string, workspaces: readonly Workspace[], changesets: readonly Changeset[], guideVersions: ReadonlyMap<string, string>): string | undefined {
  if (!workspaces.some((w) => w.manifest.name === dataPackage)) return undefined
  if (changesetsBumping(changesets, dataPackage).length > 0) return undefined
  const ids = guidePackages(workspaces)
    .filter((guide) => changesetsBumping(changesets, guide.workspace.manifest.name).length > 0)
    .map((guide) => guide.id)
  if (ids.length === 0) return undefined
  const file = `guide-data-${ids.join('-')}.md`
  const releases = ids.map((id) => (guideVersions.has(id) ? `release ${guideVersions.get(id)} of \`${id}\`` : `the new release of \`${id}\``))
  const text = `---\n"${dataPackage}": minor\n---\n\nAdd ${releases.join(', ')} to the guide data.\n`
  writeFileSync(path.join(root, '.changeset', file), text)
  return file
}

async function step(root: string, command: string, args: string[]): Promise<void> {
  const result = await run(command, args, {cwd: root, echo: true})
  if (result.code !== 0) throw new Error(`\`${path.basename(command)} ${args.join(' ')}\` failed with exit code ${result.code}`)
}

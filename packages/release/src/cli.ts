import {mkdtemp, rm} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {guideJsonSchema} from '@org/llm-interview-schema'
import {processIo, type Io} from '@org/llm-interview-site'
import {readChangesets} from './changesets.js'
import {lintPackage} from './lint-packages.js'
import {packPublishable} from './pack.js'
import {guardSchema, readReleasedSchema} from './schema-guard.js'
import {versionPackages} from './version-packages.js'
import {Refusal} from './version-plan.js'
import {readManifest} from './workspace.js'

/** The help text of `llm-interview-release`. */
export const usage = `Usage: llm-interview-release <command>

Commands (run from the repository, after a build):
  version   Apply the pending changesets, refresh package-lock.json, release
            bumped guides and record a released JSON Schema (npm run version-packages).
  lint      Pack every publishable package and run publint, attw and the file checks
            (LICENSE, source maps, ESM only) on it (npm run lint:packages).
  schema    Compare the JSON Schema with the released one; exit 1 on a breaking
            change without a major changeset.
`

/** Runs the command in `argv` and returns the exit code (1: refused content or a failed step, 2: wrong usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const root = workspaceRoot(process.cwd())
  switch (argv[0]) {
    case 'version': {
      let summary
      try {
        summary = await versionPackages(root, io)
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        io.stderr(`llm-interview-release version: ${error.message}\n`)
        return 1
      }
      if (summary.dataChangeset) io.stdout(`Added .changeset/${summary.dataChangeset}: the guide data follows the guide release.\n`)
      for (const {name, from, to} of summary.bumped) io.stdout(`${name}: ${from} -> ${to}\n`)
      if (summary.releasedSchema) io.stdout(`Recorded the JSON Schema of ${summary.releasedSchema} in packages/schema/released/.\n`)
      if (summary.bumped.length === 0) io.stdout('No pending changesets: nothing to version.\n')
      return 0
    }
    case 'lint':
      return lint(root, io)
    case 'schema': {
      const result = guardSchema(readReleasedSchema(root), guideJsonSchema(), readChangesets(root))
      io[result.ok ? 'stdout' : 'stderr'](result.report + '\n')
      return result.ok ? 0 : 1
    }
    default:
      io.stderr(argv[0] ? `llm-interview-release: unknown command \`${argv[0]}\`\n\n${usage}` : usage)
      return 2
  }
}

async function lint(root: string, io: Io): Promise<number> {
  const destination = await mkdtemp(path.join(tmpdir(), 'llm-interview-pack-'))
  try {
    let failed = false
    for (const packed of await packPublishable(root, destination)) {
      const problems = await lintPackage(packed, root)
      failed ||= problems.length > 0
      io.stdout(problems.length === 0 ? `${packed.name}: publint, attw (esm-only) and the file checks report nothing\n` : problems.map((p) => `${p.package}: ${p.tool}: ${p.message}\n`).join(''))
    }
    return failed ? 1 : 0
  } finally {
    await rm(destination, {recursive: true, force: true})
  }
}

/** The nearest folder at or above `dir` whose package.json has `workspaces`. */
function workspaceRoot(dir: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'package.json')) && readManifest(current).workspaces) return current
    if (path.dirname(current) === current) throw new Error('Unexpected folder outside an npm workspace, expected to run in this repository')
  }
}

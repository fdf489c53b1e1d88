import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {TestProject} from 'vitest/node'
import {packPublishable, type PackedPackage} from '../src/pack.js'
import {publishable, readWorkspaces} from '../src/workspace.js'
import {repoRoot} from './helpers.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every publishable package, packed once per run (built by npm test first). */
    packed: PackedPackage[]
  }
}

/** Packs the publishable packages once for every test file of this project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const unbuilt = publishable(readWorkspaces(repoRoot)).filter((w) => !existsSync(path.join(w.dir, 'dist/index.js')))
  if (unbuilt.length > 0) throw new Error(`Unexpected unbuilt packages (${unbuilt.map((w) => w.manifest.name).join(', ')}): run the build first (npm test does)`)
  const destination = await mkdtemp(path.join(tmpdir(), 'llm-interview-packs-'))
  project.provide('packed', await packPublishable(repoRoot, destination))
  return () => rm(destination, {recursive: true, force: true})
}

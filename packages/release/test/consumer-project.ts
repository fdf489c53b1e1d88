import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {run} from '../src/exec.js'
import type {PackedPackage} from '../src/pack.js'
import {consumerLock, type Lockfile} from './consumer-lock.js'
import {repoRoot} from './helpers.js'

/** The workspace's version of a registry package (for a consumer's devDependencies). */
export function workspaceVersion(name: string): string {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile
  const version = lock.packages[`node_modules/${name}`]?.version
  if (!version) throw new Error(`Unexpected ${name} missing from the workspace lockfile`)
  return version
}

/**
 * A project in the temp folder, outside the workspace, that installs
 * `packages` from their tarballs as another team would, with
 * `npm ci --offline`: its lockfile is derived from the workspace's, so every
 * dependency comes from the npm cache. `devDependencies` are registry
 * packages of the workspace's lockfile. Returns the project's folder.
 */
export async function consumerProject(packages: readonly PackedPackage[], devDependencies: Record<string, string> = {}): Promise<string> {
  const project = mkdtempSync(path.join(tmpdir(), 'llm-interview-consumer-'))
  mkdirSync(path.join(project, 'packs'))
  for (const p of packages) copyFileSync(p.tarball, path.join(project, 'packs', path.basename(p.tarball)))
  const workspaceLock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile
  const lock = consumerLock(packages, workspaceLock, 'packs', devDependencies)
  const {dependencies} = lock.packages['']!
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module', dependencies, devDependencies}, null, 2))
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(lock, null, 2))
  const result = await run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], {cwd: project})
  if (result.code !== 0) throw new Error(`npm ci in ${project} failed:\n${result.stdout}\n${result.stderr}`)
  return project
}

import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'

/** A package-lock.json (lockfile v2/v3) as far as `new` edits it. */
interface Lockfile {
  lockfileVersion?: number
  packages?: Record<string, unknown>
  [key: string]: unknown
}

/** Where a new guide's workspace package goes in the lockfile. */
export interface LockEntry {
  /** The guide's folder relative to the lockfile's folder, with `/`. */
  dir: string
  name: string
  version: string
}

/**
 * The lockfile text with a new workspace package linked, as `npm install`
 * writes it (`<dir>` with name and version, `node_modules/<name>` linking
 * to it, keys in npm's order), so `npm ci` accepts the new guide at once.
 * Undefined when `root` has no lockfile or the lockfile already has it.
 */
export function lockWithWorkspace(root: string, entry: LockEntry): {path: string; text: string} | undefined {
  const lockPath = path.join(root, 'package-lock.json')
  if (!existsSync(lockPath)) return undefined
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile
  if (!lock.packages || typeof lock.packages !== 'object') throw new Error(`${lockPath} has no \`packages\` (lockfile version ${lock.lockfileVersion ?? 'unknown'}); run npm install to upgrade it`)
  const link = `node_modules/${entry.name}`
  if (entry.dir in lock.packages || link in lock.packages) return undefined
  const added: [string, unknown][] = [
    [entry.dir, {name: entry.name, version: entry.version}],
    [link, {resolved: entry.dir, link: true}]
  ]
  lock.packages = insertSorted(lock.packages, added)
  return {path: lockPath, text: JSON.stringify(lock, null, 2) + '\n'}
}

/** Inserts each entry before the first key that sorts after it (npm's order), leaving the others as they are. */
function insertSorted(packages: Record<string, unknown>, added: [string, unknown][]): Record<string, unknown> {
  const entries = Object.entries(packages)
  for (const [key, value] of added) {
    const at = entries.findIndex(([existing]) => existing !== '' && existing.localeCompare(key, 'en') > 0)
    entries.splice(at === -1 ? entries.length : at, 0, [key, value])
  }
  return Object.fromEntries(entries)
}

import {link, readFile, rename, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {sha256} from './digest.js'
import {siteProblem} from './messages/localize.js'
import type {ReadProblem} from './read-source.js'

/**
 * Released versions are frozen: `release` records the sha256 of every
 * `versions/<x.y.z>.md` in `versions/checksums.json` (file name -> hex
 * digest), and every read of a released file compares its bytes with it.
 */
export const checksumsFile = 'checksums.json'

export type Checksums = Record<string, string>

const digestPattern = /^[0-9a-f]{64}$/


/**
 * The checksums recorded in a `versions/` folder ({} when there is no
 * file), or why they cannot be read and the key of the entry at fault
 * (none when the file as a whole is: not JSON, not an object, unreadable).
 */
export async function readChecksums(versionsDir: string): Promise<{ok: true; checksums: Checksums} | {ok: false; why: string; key?: string}> {
  const text = await readFile(path.join(versionsDir, checksumsFile), 'utf8').catch((error: NodeJS.ErrnoException) => error)
  if (text instanceof Error) return text.code === 'ENOENT' ? {ok: true, checksums: {}} : {ok: false, why: text.code ?? text.message}
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return {ok: false, why: 'not JSON'}
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {ok: false, why: 'not an object'}
  const bad = Object.entries(data).find(([, value]) => typeof value !== 'string' || !digestPattern.test(value))
  if (bad) return {ok: false, why: `\`${bad[0]}\` has no sha256 hex digest`, key: bad[0]}
  return {ok: true, checksums: data as Checksums}
}

/**
 * Why the released file `filePath` (holding `bytes`, version `version`)
 * is not the file frozen at its release, or undefined when it is.
 */
export async function frozenProblem(filePath: string, version: string, bytes: Uint8Array): Promise<ReadProblem | undefined> {
  const versionsDir = path.dirname(filePath)
  const name = path.basename(filePath)
  const recorded = await readChecksums(versionsDir)
  if (!recorded.ok) return siteProblem('frozen-checksums', {file: checksumsFile, why: recorded.why, path: path.join(versionsDir, checksumsFile)})
  const expected = Object.hasOwn(recorded.checksums, name) ? recorded.checksums[name] : undefined
  if (expected === undefined) return siteProblem('frozen-unrecorded', {version, file: checksumsFile})
  const actual = sha256(bytes)
  if (actual === expected) return undefined
  return siteProblem('frozen-changed', {version, actual: actual.slice(0, 12), expected: expected.slice(0, 12), path: filePath})
}

/**
 * Freezes `bytes` as `versions/<name>`: creates the file exclusively (never
 * overwriting), then records its checksum by replacing checksums.json
 * atomically (a temporary file renamed over it). If any step fails, what
 * was written is removed and the error is thrown: nothing half-happens.
 */
export async function writeFrozen(versionsDir: string, name: string, bytes: Uint8Array, checksums: Checksums): Promise<string> {
  const target = path.join(versionsDir, name)
  const temporary = path.join(versionsDir, `.${name}.${process.pid}.tmp`)
  const checksumsTemporary = path.join(versionsDir, `.${checksumsFile}.${process.pid}.tmp`)
  const written: string[] = []
  try {
    // The bytes go to a temporary file first, then get their final name with
    // `link`, which fails if the name exists: no reader sees a partial file.
    await writeFile(temporary, bytes, {flag: 'wx'})
    written.push(temporary)
    await link(temporary, target)
    written.push(target)
    await unlink(temporary)
    written.shift()
    const sorted = Object.fromEntries(Object.entries({...checksums, [name]: sha256(bytes)}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    await writeFile(checksumsTemporary, JSON.stringify(sorted, null, 2) + '\n', {flag: 'wx'})
    written.push(checksumsTemporary)
    await rename(checksumsTemporary, path.join(versionsDir, checksumsFile))
    return target
  } catch (error) {
    for (const file of written) await unlink(file).catch(() => undefined)
    throw error
  }
}

import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {checksumsFile} from '../frozen.js'
import {jsonPlace, type Place} from '../json-place.js'
import {isSemver} from '../semver.js'

/**
 * Where a refusal about released version `version` points: its file
 * (`versions/<version>.md`, at its start) when `files` (the names in
 * `versionsDir`) hold it, else its entry in `checksums.json`.
 */
export async function releasePlace(versionsDir: string, version: string, files: readonly string[]): Promise<{file: string; place?: Place}> {
  const name = `${version}.md`
  if (files.includes(name)) return {file: path.join(versionsDir, name)}
  const file = path.join(versionsDir, checksumsFile)
  const text = await readFile(file, 'utf8').catch(() => '')
  const place = jsonPlace(text, [name])
  return place ? {file, place} : {file}
}

/**
 * The `version` a guide's `package.json` declares (a guide that is a
 * workspace package: its version is its latest release), with the
 * line:column of that value; undefined when there is no such file, or it
 * declares no x.y.z version (`npm` reports a broken manifest itself).
 */
export async function packageVersion(file: string): Promise<{file: string; version: string; place?: Place} | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let version: unknown
  try {
    version = (JSON.parse(text.replace(/^\uFEFF/, '')) as {version?: unknown} | null)?.version
  } catch {
    return undefined
  }
  if (typeof version !== 'string' || !isSemver(version)) return undefined
  const place = jsonPlace(text, ['version'])
  return place ? {file, version, place} : {file, version}
}

import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/**
 * Writes `text` as the released `versions/<version>.md` of the guide folder
 * `guideDir` and records its sha256 in `versions/checksums.json`, as
 * `llm-interview release` does: for tests and benchmarks that set up a
 * release of a text other than the guide's current `guide.md`. (A version
 * file without a recorded checksum is an error of `check` and `build`.)
 */
export function writeRelease(guideDir: string, version: string, text: string): void {
  const versions = path.join(guideDir, 'versions')
  mkdirSync(versions, {recursive: true})
  writeFileSync(path.join(versions, `${version}.md`), text)
  const file = path.join(versions, 'checksums.json')
  const checksums = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
  checksums[`${version}.md`] = createHash('sha256').update(text).digest('hex')
  writeFileSync(file, JSON.stringify(checksums, null, 2) + '\n')
}

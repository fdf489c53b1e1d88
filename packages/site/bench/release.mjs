// Sets up a release for a benchmark the way `llm-interview release` does:
// the version file plus its sha256 in versions/checksums.json (a version
// file without a recorded checksum is an error of `check` and `build`).
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/** Writes `text` as `<guideDir>/versions/<version>.md` and records its checksum. */
export function writeRelease(guideDir, version, text) {
  const versions = path.join(guideDir, 'versions')
  mkdirSync(versions, {recursive: true})
  writeFileSync(path.join(versions, `${version}.md`), text)
  const file = path.join(versions, 'checksums.json')
  const checksums = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  checksums[`${version}.md`] = createHash('sha256').update(text).digest('hex')
  writeFileSync(file, JSON.stringify(checksums, null, 2) + '\n')
}

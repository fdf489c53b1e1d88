import {mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {checkBytes} from '../check-source.js'
import {contentFolderProblem} from '../content/load.js'
import {problemFile} from '../problem-file.js'
import {frozenProblem, readChecksums, writeFrozen} from '../frozen.js'
import type {Io} from '../io.js'
import {readSource} from '../read-source.js'
import {escapeControls, reportFiles} from '../terminal.js'
import {compareSemver, isSemver} from '../semver.js'

export interface ReleaseOptions {
  version: string
  contentDir: string
  /** The guide to release; may be left out when the content has one guide. */
  guide?: string
  /** Run every check, write nothing (for `version-packages`, before it changes anything). */
  dryRun?: boolean
}

/**
 * `llm-interview release <x.y.z>`: freezes a guide's `guide.md` as
 * `versions/<x.y.z>.md` and records its sha256 in `versions/checksums.json`.
 * Refuses a version that is not canonical (`1.00.1`, `01.2.3`, numbers past
 * the safe integers), that exists or is not above the latest release, and a
 * source with errors, changing nothing. The source is read once: the bytes
 * checked are the bytes frozen, written with exclusive create; if recording
 * the checksum fails, the frozen file is removed again.
 */
export async function releaseCommand(options: ReleaseOptions, io: Io): Promise<number> {
  const fail = (text: string) => {
    io.stderr(`llm-interview release: ${escapeControls(text)}\n`)
    return 1
  }
  if (!isSemver(options.version)) return fail(`unexpected version \`${options.version}\`, expected x.y.z without leading zeros (e.g. 1.1.0)`)
  // A missing folder or file is a content error, reported as every command reports one.
  const report = (file: VFile) => {
    io.stderr(reportFiles([file], {color: io.color}) + '\n')
    return 1
  }
  const folderProblem = await contentFolderProblem(options.contentDir)
  if (folderProblem) return report(folderProblem)
  const guides = (await readdir(options.contentDir, {withFileTypes: true}).catch(() => []))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  const id = options.guide ?? (guides.length === 1 ? guides[0] : undefined)
  if (!id || !guides.includes(id)) {
    return fail(options.guide ? `no guide \`${options.guide}\` in ${options.contentDir} (guides: ${guides.join(', ') || 'none'})` : `name the guide with --guide (guides: ${guides.join(', ') || 'none'})`)
  }
  const source = path.join(options.contentDir, id, 'guide.md')
  const versionsDir = path.join(options.contentDir, id, 'versions')
  const recorded = await readChecksums(versionsDir)
  if (!recorded.ok) return fail(`${path.join(versionsDir, 'checksums.json')} cannot be read (${recorded.why}); restore it from git before releasing`)
  // Every name that looks like a release counts (a file or a recorded
  // checksum), so nothing at or below an existing release is accepted.
  const names = [...(await readdir(versionsDir).catch(() => [] as string[])), ...Object.keys(recorded.checksums)]
  const released = [...new Set(names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)))].filter(isSemver).sort(compareSemver)
  if (released.includes(options.version)) return fail(`version ${options.version} of \`${id}\` is already released; released versions never change`)
  const latest = released.at(-1)
  if (latest && compareSemver(options.version, latest) <= 0) return fail(`version ${options.version} does not follow the latest release ${latest}; choose a higher version`)
  // Earlier releases must be intact: a release never builds on a drifted one.
  for (const version of released) {
    const file = path.join(versionsDir, `${version}.md`)
    const frozen = await readSource(file)
    if (!frozen.ok) continue // A recorded release whose file is gone: `check` reports it; it still counts as released.
    const problem = await frozenProblem(file, version, frozen.bytes)
    if (problem) return fail(`${file}: ${problem.reason}. ${problem.hint}`)
  }
  const read = await readSource(source)
  if (!read.ok) return report(problemFile(source, read.problem))
  const checked = await checkBytes(read.bytes, {path: source, folderId: id, version: options.version})
  if (!checked.guide) {
    io.stderr(reportFiles([checked.file], {color: io.color}) + '\n')
    return fail(`${source} has errors; fix them before releasing`)
  }
  if (options.dryRun) {
    io.stdout(escapeControls(`Checked ${id} ${options.version}: ${source} can be released (${read.bytes.byteLength} bytes); nothing written`) + '\n')
    return 0
  }
  await mkdir(versionsDir, {recursive: true})
  let target: string
  try {
    target = await writeFrozen(versionsDir, `${options.version}.md`, read.bytes, recorded.checksums)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return fail(`could not write version ${options.version} of \`${id}\` (${code}); nothing was released`)
  }
  io.stdout(escapeControls(`Released ${id} ${options.version}: ${target} (${read.bytes.byteLength} bytes, sha256 recorded in ${path.join(versionsDir, 'checksums.json')})`) + '\n')
  return 0
}

import {readFile, mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import {formatMessage, parse, resolveMessageLang, type Catalogue, type MessageLang} from '@org/llm-interview-parser'
import type {VFile} from 'vfile'
import {checkBytes} from '../check-source.js'
import {commandLineText} from '../cli/usage-error.js'
import {contentFolderProblem} from '../content/load.js'
import {problemFile} from '../problem-file.js'
import {checksumsFile, frozenProblem, readChecksums, writeFrozen} from '../frozen.js'
import type {Io} from '../io.js'
import {jsonPlace} from '../json-place.js'
import {localizeFiles, siteProblem, type SiteProblem} from '../messages/localize.js'
import {releaseMessages} from '../messages/release.js'
import {readSource} from '../read-source.js'
import {escapeControls, reportFiles} from '../terminal.js'
import {compareSemver, isSemver} from '../semver.js'
import {packageVersion, releasePlace} from './release-places.js'

export interface ReleaseOptions {
  version: string
  contentDir: string
  /** The guide to release; may be left out when the content has one guide. */
  guide?: string
  /** Run every check, write nothing (for `version-packages`, before it changes anything). */
  dryRun?: boolean
  /** The language of the messages; default: the guide's own `lang`. */
  lang?: MessageLang
}

type ReleaseKey = keyof typeof releaseMessages
type ReleaseParams<K extends ReleaseKey> = Parameters<(typeof releaseMessages)[K]['en']>[0]

/**
 * `llm-interview release <x.y.z>`: freezes a guide's `guide.md` as
 * `versions/<x.y.z>.md` and records its sha256 in `versions/checksums.json`.
 * Refuses a version that is not canonical (`1.00.1`, `01.2.3`, numbers past
 * the safe integers), that exists or is not above the latest release, or is
 * below the guide package's version, and a source with errors, changing
 * nothing. A refusal about a file is reported as `check` reports, at the
 * file's line:column; one about the command line says so, with no position.
 * The source is read once: the bytes checked are the bytes frozen, written
 * with exclusive create; if recording the checksum fails, the frozen file
 * is removed again.
 */
export async function releaseCommand(options: ReleaseOptions, io: Io): Promise<number> {
  // Messages are in --lang; without it, in the guide's language once it is known. Before, a
  // report of a file is in that file's language (English without one), as `check` writes it,
  // and a refusal of the command line in Chinese, as every usage error.
  let lang: MessageLang | undefined = options.lang
  const text = <K extends ReleaseKey>(key: K, params: ReleaseParams<K>) => formatMessage(releaseMessages as unknown as Catalogue, key, params, lang ?? 'zh-CN')!
  const refuseCommandLine = <K extends ReleaseKey>(key: K, params: ReleaseParams<K>) => {
    const {reason, hint} = text(key, params)
    io.stderr(commandLineText('release', reason, hint))
    return 1
  }
  const report = (file: VFile) => {
    localizeFiles([file], lang)
    io.stderr(reportFiles([file], {color: io.color}) + '\n')
    return 1
  }
  const refuse = (filePath: string, problem: SiteProblem) => report(problemFile(filePath, problem))
  // A missing folder or file is a content error, reported as every command reports one.
  const folderProblem = await contentFolderProblem(options.contentDir)
  if (folderProblem) return report(folderProblem)
  const guides = (await readdir(options.contentDir, {withFileTypes: true}).catch(() => []))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  const id = options.guide ?? (guides.length === 1 ? guides[0] : undefined)
  if (!id || !guides.includes(id)) {
    return options.guide ? refuseCommandLine('release/unknown-guide', {guide: options.guide, content: options.contentDir, guides}) : refuseCommandLine('release/name-guide', {guides})
  }
  const source = path.join(options.contentDir, id, 'guide.md')
  const read = await readSource(source)
  if (read.ok && !options.lang) lang = resolveMessageLang(parse(read.bytes).file.data.lang)
  if (!isSemver(options.version)) return refuseCommandLine('release/version', {version: options.version})
  const versionsDir = path.join(options.contentDir, id, 'versions')
  const checksumsPath = path.join(versionsDir, checksumsFile)
  const recorded = await readChecksums(versionsDir)
  if (!recorded.ok) {
    const place = jsonPlace(await readFile(checksumsPath, 'utf8').catch(() => ''), recorded.key === undefined ? [] : [recorded.key])
    return refuse(checksumsPath, siteProblem('frozen-checksums', {file: checksumsFile, why: recorded.why, path: checksumsPath}, place))
  }
  // Every name that looks like a release counts (a file or a recorded
  // checksum), so nothing at or below an existing release is accepted.
  const files = await readdir(versionsDir).catch(() => [] as string[])
  const names = [...files, ...Object.keys(recorded.checksums)]
  const released = [...new Set(names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)))].filter(isSemver).sort(compareSemver)
  // A release is refused at its file, or at its entry in checksums.json when only that is left.
  const at = (version: string) => releasePlace(versionsDir, version, files)
  if (released.includes(options.version)) {
    const {file, place} = await at(options.version)
    return refuse(file, siteProblem('release/already', {version: options.version, guide: id}, place))
  }
  const latest = released.at(-1)
  if (latest && compareSemver(options.version, latest) <= 0) {
    const {file, place} = await at(latest)
    return refuse(file, siteProblem('release/not-after', {version: options.version, latest}, place))
  }
  const declared = await packageVersion(path.join(options.contentDir, id, 'package.json'))
  if (declared && compareSemver(options.version, declared.version) < 0) {
    return refuse(declared.file, siteProblem('release/package-version', {version: options.version, declared: declared.version}, declared.place))
  }
  // Earlier releases must be intact: a release never builds on a drifted one.
  for (const version of released) {
    const file = path.join(versionsDir, `${version}.md`)
    const frozen = await readSource(file)
    if (!frozen.ok) continue // A recorded release whose file is gone: `check` reports it; it still counts as released.
    const problem = await frozenProblem(file, version, frozen.bytes)
    if (problem) return refuse(file, problem)
  }
  if (!read.ok) return refuse(source, read.problem)
  const checked = await checkBytes(read.bytes, {path: source, folderId: id, version: options.version})
  if (!checked.guide) {
    report(checked.file)
    const errors = checked.file.messages.filter((m) => m.fatal)
    const first = errors[0]?.place
    const start = first && 'start' in first ? first.start : first
    io.stderr(escapeControls(text('release/errors', {source, count: errors.length, first: `${source}:${start?.line ?? 1}:${start?.column ?? 1}`}).reason) + '\n')
    return 1
  }
  if (options.dryRun) {
    io.stdout(escapeControls(text('release/checked', {guide: id, version: options.version, source, bytes: read.bytes.byteLength}).reason) + '\n')
    return 0
  }
  await mkdir(versionsDir, {recursive: true})
  let target: string
  try {
    target = await writeFrozen(versionsDir, `${options.version}.md`, read.bytes, recorded.checksums)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return refuse(path.join(versionsDir, `${options.version}.md`), siteProblem('release/write-failed', {version: options.version, guide: id, code}))
  }
  io.stdout(escapeControls(text('release/released', {guide: id, version: options.version, target, bytes: read.bytes.byteLength, checksums: checksumsPath}).reason) + '\n')
  return 0
}

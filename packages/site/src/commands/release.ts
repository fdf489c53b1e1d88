import {mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import {formatMessage, parse, resolveMessageLang, type Catalogue, type MessageLang} from '@org/llm-interview-parser'
import type {VFile} from 'vfile'
import {checkBytes} from '../check-source.js'
import {contentFolderProblem} from '../content/load.js'
import {problemFile} from '../problem-file.js'
import {frozenProblem, readChecksums, writeFrozen} from '../frozen.js'
import type {Io} from '../io.js'
import {allMessages, localizeFiles} from '../messages/localize.js'
import {releaseMessages} from '../messages/release.js'
import {readSource, type ReadProblem} from '../read-source.js'
import {escapeControls, reportFiles} from '../terminal.js'
import {compareSemver, isSemver} from '../semver.js'

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
  // Messages are in --lang; without it, English until the guide is known, then in its language.
  let lang: MessageLang = options.lang ?? 'en'
  const say = (text: string) => {
    io.stderr(`llm-interview release: ${escapeControls(text)}\n`)
    return 1
  }
  const line = <K extends keyof typeof releaseMessages>(key: K, params: Parameters<(typeof releaseMessages)[K]['en']>[0]) => formatMessage(releaseMessages as unknown as Catalogue, key, params, lang)!.reason
  const fail = <K extends keyof typeof releaseMessages>(key: K, params: Parameters<(typeof releaseMessages)[K]['en']>[0]) => say(line(key, params))
  const problemText = (problem: ReadProblem) => {
    const text = formatMessage(allMessages, problem.ref.key, problem.ref.params, lang) ?? {reason: problem.reason, hint: problem.hint}
    return `${text.reason}${lang === 'en' ? '. ' : '。'}${text.hint}`
  }
  if (!isSemver(options.version)) return fail('release/version', {version: options.version})
  // A missing folder or file is a content error, reported as every command reports one.
  const report = (file: VFile) => {
    localizeFiles([file], lang)
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
    return options.guide ? fail('release/unknown-guide', {guide: options.guide, content: options.contentDir, guides}) : fail('release/name-guide', {guides})
  }
  const source = path.join(options.contentDir, id, 'guide.md')
  const read = await readSource(source)
  if (read.ok && !options.lang) lang = resolveMessageLang(parse(read.bytes).file.data.lang)
  const versionsDir = path.join(options.contentDir, id, 'versions')
  const recorded = await readChecksums(versionsDir)
  if (!recorded.ok) return fail('release/checksums', {file: path.join(versionsDir, 'checksums.json'), why: recorded.why})
  // Every name that looks like a release counts (a file or a recorded
  // checksum), so nothing at or below an existing release is accepted.
  const names = [...(await readdir(versionsDir).catch(() => [] as string[])), ...Object.keys(recorded.checksums)]
  const released = [...new Set(names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)))].filter(isSemver).sort(compareSemver)
  if (released.includes(options.version)) return fail('release/already', {version: options.version, guide: id})
  const latest = released.at(-1)
  if (latest && compareSemver(options.version, latest) <= 0) return fail('release/not-after', {version: options.version, latest})
  // Earlier releases must be intact: a release never builds on a drifted one.
  for (const version of released) {
    const file = path.join(versionsDir, `${version}.md`)
    const frozen = await readSource(file)
    if (!frozen.ok) continue // A recorded release whose file is gone: `check` reports it; it still counts as released.
    const problem = await frozenProblem(file, version, frozen.bytes)
    if (problem) return say(`${file}: ${problemText(problem)}`)
  }
  if (!read.ok) return report(problemFile(source, read.problem))
  const checked = await checkBytes(read.bytes, {path: source, folderId: id, version: options.version})
  if (!checked.guide) {
    localizeFiles([checked.file], lang)
    io.stderr(reportFiles([checked.file], {color: io.color}) + '\n')
    return fail('release/errors', {source})
  }
  if (options.dryRun) {
    io.stdout(escapeControls(line('release/checked', {guide: id, version: options.version, source, bytes: read.bytes.byteLength})) + '\n')
    return 0
  }
  await mkdir(versionsDir, {recursive: true})
  let target: string
  try {
    target = await writeFrozen(versionsDir, `${options.version}.md`, read.bytes, recorded.checksums)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return fail('release/write-failed', {version: options.version, guide: id, code})
  }
  io.stdout(escapeControls(line('release/released', {guide: id, version: options.version, target, bytes: read.bytes.byteLength, checksums: path.join(versionsDir, 'checksums.json')})) + '\n')
  return 0
}

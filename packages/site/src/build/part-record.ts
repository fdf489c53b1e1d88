import {readFileSync} from 'node:fs'
import {mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {sha256} from '../digest.js'
import {restoreMessages, saveMessages, type SavedMessage} from '../messages/saved.js'
import {toolVersion} from './cache.js'
import {linkFingerprint} from './link-files.js'
import {readdirOrNone, readOrNone, statOrNone} from './sync-fs.js'
import type {PdfJob} from './pdf.js'
import type {SiteEntry} from './site-pages.js'
import type {SiteFile, StoredFile} from './site-file.js'

/** Bumped when the record's shape or meaning changes: an older record is only stale. */
const format = 1

/**
 * What `llm-interview part` leaves for the build that joins the guides'
 * parts (`content/<id>/dist/part/part.json`, beside the guide's files in
 * `site/`): enough to publish the guide without loading or rendering it,
 * and enough to tell whether it is still current.
 */
export interface PartRecord {
  format: number
  guide: string
  /** The tool that rendered it (`toolVersion`). */
  tool: string
  /** Whether its pages link to PDFs. */
  pdf: boolean
  /** The SHA-256 of every file the guide is built from, by its path from the guide's folder. */
  sources: Record<string, string>
  /** The guide's links to repository files, and a digest of what they resolve to (`linkFingerprint`). */
  links: {urls: string[]; fingerprint: string}
  /** What the site-wide pages show of the guide. */
  entry: SiteEntry
  /** Every source file with its messages (warnings only: a part is made only of a guide without errors). */
  reports: {path: string; lang?: string; messages: SavedMessage[]}[]
  /** The guide's files of the site, in the order the build lists them. */
  files: {path: string; sha256: string; size: number}[]
  /** Its print pages, their PDFs and the site files each page loads (see `pdfKeys`). */
  pdfJobs: (PdfJob & {assets: string[]})[]
}

/** A guide taken from its part: its entry, its messages and its files. */
export interface PartOutput {
  record: PartRecord
  /** The source files with their messages, as a build of the guide reports them. */
  files: VFile[]
  stored: StoredFile[]
}

/** The folder of a guide's part: `content/<id>/dist/part/`. */
export function partOutputDir(contentDir: string, id: string): string {
  return path.join(contentDir, id, 'dist', 'part')
}

/**
 * The SHA-256 of every file a guide is built from: `guide.md` and each
 * file of `versions/` (the releases and their checksums), by path from the
 * guide's folder; a missing one is left out. Read synchronously (a join
 * reads every guide's sources: hundreds of small files).
 */
export function guideSources(guideDir: string): Record<string, string> {
  const names = ['guide.md', ...readdirOrNone(path.join(guideDir, 'versions')).sort().map((name) => `versions/${name}`)]
  const sources: Record<string, string> = {}
  for (const name of names) {
    const bytes = readOrNone(path.join(guideDir, name))
    if (bytes) sources[name] = sha256(bytes)
  }
  return sources
}

export interface WritePartInput {
  contentDir: string
  guide: string
  pdf: boolean
  entry: SiteEntry
  /** The guide's source files with their messages. */
  reports: readonly VFile[]
  files: readonly SiteFile[]
  pdfJobs: readonly (PdfJob & {assets: string[]})[]
  linkUrls: readonly string[]
}

/**
 * Writes a guide's part over the one before: its record is removed first
 * and written last, so a part is whole or has no record (a build then
 * renders the guide itself); in between, the files the last part holds
 * unchanged stay, the others are written and those no longer in the
 * guide are removed.
 */
export async function writePart(input: WritePartInput): Promise<string> {
  const dir = partOutputDir(input.contentDir, input.guide)
  const guideDir = path.join(input.contentDir, input.guide)
  const recordFile = path.join(dir, 'part.json')
  const before = readRecord(dir)
  // A file of the last part counts as unchanged only if nothing wrote it after that part's record.
  const recordedMs = (await stat(recordFile).catch(() => undefined))?.mtimeMs ?? 0
  await rm(recordFile, {force: true})
  const site = path.join(dir, 'site')
  const files = [...new Map(input.files.map((file) => [file.path, file])).values()]
  const entries = files.map((file) => ({path: file.path, sha256: sha256(file.content), size: typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength}))
  const had = new Map((before?.files ?? []).map((file) => [file.path, file]))
  const wanted = new Set(entries.map((entry) => entry.path))
  for (const old of had.keys()) if (!wanted.has(old)) await rm(path.join(site, old), {force: true})
  for (const [index, file] of files.entries()) {
    const entry = entries[index]!
    const target = path.join(site, file.path)
    const previous = had.get(file.path)
    const info = previous && previous.sha256 === entry.sha256 ? statOrNone(target) : undefined
    if (info && info.isFile() && info.size === entry.size && info.mtimeMs <= recordedMs) continue
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, file.content)
  }
  const record: PartRecord = {
    format,
    guide: input.guide,
    tool: await toolVersion(),
    pdf: input.pdf,
    sources: guideSources(guideDir),
    links: {urls: [...new Set(input.linkUrls)].sort(), fingerprint: await linkFingerprint(input.linkUrls, guideDir, path.dirname(path.resolve(input.contentDir)))},
    entry: input.entry,
    reports: input.reports.map((file) => ({path: path.relative(input.contentDir, file.path), ...(typeof file.data.lang === 'string' ? {lang: file.data.lang} : {}), messages: saveMessages(file.messages)})),
    files: entries,
    pdfJobs: [...input.pdfJobs]
  }
  await writeFile(`${recordFile}.tmp`, JSON.stringify(record) + '\n')
  await rename(`${recordFile}.tmp`, recordFile)
  return dir
}

function readRecord(dir: string): PartRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(dir, 'part.json'), 'utf8')) as PartRecord
    return record.format === format && Array.isArray(record.files) && record.files.every((file) => isGuidePath(file.path, record.guide)) ? record : undefined
  } catch {
    return undefined
  }
}

/**
 * The part of guide `id` when it is current: made by this tool, with the
 * same PDF setting, from the same sources, its links resolving to the same
 * files. Anything else (no part, a stale or unreadable one) is undefined:
 * the build renders the guide itself.
 */
export async function readPart(contentDir: string, id: string, expected: {pdf: boolean}): Promise<PartOutput | undefined> {
  const dir = partOutputDir(contentDir, id)
  const guideDir = path.join(contentDir, id)
  const record = readRecord(dir)
  if (!record || record.guide !== id || record.pdf !== expected.pdf || record.tool !== (await toolVersion())) return undefined
  if (!sameRecord(record.sources, guideSources(guideDir))) return undefined
  if (record.links.fingerprint !== (await linkFingerprint(record.links.urls, guideDir, path.dirname(path.resolve(contentDir))))) return undefined
  const files = record.reports.map((report) => {
    const file = new VFile({path: path.join(contentDir, report.path)})
    if (report.lang !== undefined) file.data.lang = report.lang
    restoreMessages(file, report.messages)
    return file
  })
  // The recorded paths are normalized already: joined as strings (thousands of files a guide).
  const site = path.join(dir, 'site') + path.sep
  const stored = record.files.map((file) => ({path: file.path, from: site + file.path, sha256: file.sha256, size: file.size}))
  return {record, files, stored}
}

/** Whether `file` is a plain path inside guide `id`'s folder of the site: no `.`, `..` or empty segment, no backslash. */
function isGuidePath(file: unknown, id: string): boolean {
  return typeof file === 'string' && file.startsWith(`${id}/`) && !file.includes('\\') && !/(?:^|\/)\.{0,2}(?:\/|$)/.test(file)
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

import {linkSync, lstatSync, mkdirSync, rmdirSync, rmSync, unlinkSync} from 'node:fs'
import {readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {sha256} from '../digest.js'
import {manifestName} from './output-dir.js'
import {digestOf, sizeOf, type OutputFile} from './site-file.js'

/** A built site's files as its manifest lists them, and when the manifest was written. */
export interface BuiltSite {
  dir: string
  /** SHA-256 (hex) of each file, by its path from `dir`. */
  files: Record<string, string>
  writtenMs: number
  /**
   * Each listed file as it was when looked at ahead (`lookAhead`, while a
   * build's guide tasks run), by path: the check of a file kept from this
   * build takes it instead of looking again.
   */
  seen?: ReadonlyMap<string, {isFile: boolean; size: number; mtimeMs: number}>
}

/** How the files of a build were placed in its folder. */
export interface WriteReport {
  /** Files already in the reused folder (unchanged since the build it held). */
  kept: number
  /** Files hard-linked from the published site (unchanged). */
  linked: number
  /** Files written or copied. */
  written: number
  /** Files of the reused folder removed (no longer in the site). */
  removed: number
}

/** Files written at a time. */
const writesAtOnce = 16

/** A file kept on disk for the build (a guide's part) no longer has the bytes recorded for it. */
export class StoredFileChanged extends Error {
  constructor(readonly file: string) {
    super(`${file} changed after it was recorded`)
  }
}

/** Manifests read by this process, by folder, with the identity of the file read (see `fileIdentity`). */
const readManifests = new Map<string, {identity: string; site: BuiltSite}>()

/**
 * The site a build folder holds, from its manifest, or undefined when it
 * has none readable (a killed build's). A manifest this process has read
 * is not read again while its file is the same (same inode, size,
 * modification and change times): a build that ran its guides' tasks read it while
 * they ran (`prefetchJoin`).
 */
export async function readBuiltSite(dir: string): Promise<BuiltSite | undefined> {
  try {
    const file = path.join(dir, manifestName)
    const before = fileIdentity(await stat(file))
    const known = readManifests.get(dir)
    if (known?.identity === before) return known.site
    const manifest = JSON.parse(await readFile(file, 'utf8')) as {generator?: string; files?: Record<string, string>}
    if (manifest.generator !== 'llm-interview' || typeof manifest.files !== 'object' || manifest.files === null) return undefined
    const after = await stat(file)
    const site = {dir, files: manifest.files, writtenMs: after.mtimeMs}
    // Kept only when nothing wrote the manifest while it was read, and only one written well
    // before: a rewrite within a file system's timestamp granularity could look the same.
    if (fileIdentity(after) === before && Date.now() - after.mtimeMs > racyMs) readManifests.set(dir, {identity: before, site})
    return site
  } catch {
    return undefined
  }
}

/** How much older than its reading a manifest must be to be kept (coarse file system timestamps). */
const racyMs = 1000

/**
 * Looks at every file a build lists (`BuiltSite.seen`), for a build that
 * may update it in place: done while the guides' tasks run, off the
 * critical path. The build updating it takes the build as this process
 * read it (`readBuiltSite`) only while its manifest is unchanged, and any
 * build that changes a build's files removes its manifest first; a file
 * changed in the meantime by hand in `.<out>.builds/` goes unnoticed, as
 * one changed just after the check would.
 */
export function lookAhead(site: BuiltSite): void {
  const at = path.resolve(site.dir) + path.sep
  const seen = new Map<string, {isFile: boolean; size: number; mtimeMs: number}>()
  for (const name of Object.keys(site.files)) {
    try {
      const info = lstatSync(at + name, {throwIfNoEntry: false})
      if (info) seen.set(name, {isFile: info.isFile(), size: info.size, mtimeMs: info.mtimeMs})
    } catch {
      // Looked at again when it is placed.
    }
  }
  site.seen = seen
}

/** What tells a file apart from a rewritten one: its inode, size, and modification and change times. */
function fileIdentity(info: {ino: number; size: number; mtimeMs: number; ctimeMs: number}): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`
}

/**
 * Makes the folder `root` hold exactly `files`; returns the digest of
 * each, by its path from `root`. `root` is empty, or holds an earlier
 * build (`reused`, whose manifest the caller has removed, so an
 * interrupted update never passes for a whole build): its files that are
 * unchanged stay, the others are removed. A missing file the published
 * site (`published`) has with the same bytes is hard-linked from it; any
 * other is written (bytes kept on disk, `StoredFile`, are copied and
 * checked against their digest). A file of `reused` or `published` counts
 * only while it is the one its manifest lists: a regular file of the same
 * size not modified since the manifest. Nothing is ever written into an
 * existing file (it may be a link to a published one): a file is removed,
 * then written anew.
 */
export async function placeFiles(root: string, files: readonly OutputFile[], sources: {reused?: BuiltSite | undefined; published?: BuiltSite | undefined}): Promise<{digests: Map<string, string>; report: WriteReport}> {
  const report: WriteReport = {kept: 0, linked: 0, written: 0, removed: 0}
  const {reused, published} = sources
  // One file per path, the last given for it winning.
  const byPath = new Map(files.map((file) => [file.path, file]))
  const digests = new Map<string, string>()
  for (const file of byPath.values()) digests.set(file.path, 'from' in file ? file.sha256 : digestOf(file))
  if (reused) removeStale(root, reused, digests, report)
  // Site paths are normalized (`a/b/index.html`): joined as strings, for a site has thousands.
  const at = path.resolve(root) + path.sep
  const toPlace: OutputFile[] = []
  for (const file of byPath.values()) {
    if (reused && reused.files[file.path] === digests.get(file.path) && intact(at + file.path, sizeOf(file), reused.writtenMs, reused.seen?.get(file.path))) report.kept++
    else toPlace.push(file)
  }
  const dirs = new Set(toPlace.map((file) => path.dirname(at + file.path)))
  for (const dir of [...dirs].sort()) mkdirSync(dir, {recursive: true})
  const queue = [...toPlace]
  const writer = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const target = at + file.path
      // The reused folder's file at this path, if any, is replaced, never written into.
      if (reused) rmSync(target, {recursive: true, force: true})
      const digest = digests.get(file.path)!
      const linkable = published && published.files[file.path] === digest ? path.join(published.dir, file.path) : undefined
      if (linkable && intact(linkable, sizeOf(file), published!.writtenMs) && link(linkable, target)) {
        report.linked++
        continue
      }
      report.written++
      if (!('from' in file)) {
        await writeFile(target, file.content)
        continue
      }
      const bytes = await readFile(file.from)
      if (bytes.byteLength !== file.size || sha256(bytes) !== file.sha256) throw new StoredFileChanged(file.from)
      await writeFile(target, bytes)
    }
  }
  await Promise.all(Array.from({length: writesAtOnce}, writer))
  return {digests, report}
}

/** Removes the files of the reused build that the new one has not (and the folders that leaves empty). */
function removeStale(root: string, reused: BuiltSite, digests: ReadonlyMap<string, string>, report: WriteReport): void {
  const emptied = new Set<string>()
  for (const name of Object.keys(reused.files)) {
    if (digests.has(name)) continue
    try {
      unlinkSync(path.join(root, name))
      report.removed++
    } catch {
      // Already gone, or a folder now: placing the new files deals with it.
    }
    emptied.add(path.dirname(name))
  }
  // Deepest first, stopping at the first folder that still holds something.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let at = dir; at !== '.' && at !== ''; at = path.dirname(at)) {
      try {
        rmdirSync(path.join(root, at))
      } catch {
        break
      }
    }
  }
}

/**
 * Whether the file at `file` is still the one a manifest written at
 * `writtenMs` lists with `size` bytes: as `seen` found it, else as it is.
 */
function intact(file: string, size: number, writtenMs: number, seen?: {isFile: boolean; size: number; mtimeMs: number}): boolean {
  if (seen) return seen.isFile && seen.size === size && seen.mtimeMs <= writtenMs
  try {
    const info = lstatSync(file, {throwIfNoEntry: false})
    return info !== undefined && info.isFile() && info.size === size && info.mtimeMs <= writtenMs
  } catch {
    // Not a folder on the way (ENOTDIR), unreadable: not the file listed.
    return false
  }
}

/** Hard-links `source` at `target`; false when the file system cannot (the file is then written). */
function link(source: string, target: string): boolean {
  try {
    linkSync(source, target)
    return true
  } catch {
    return false
  }
}

/**
 * Writes the manifest: the tool's mark on its output, with the digest of
 * every file of the site, by its path from `root`.
 */
export async function writeManifest(root: string, digests: ReadonlyMap<string, string>): Promise<void> {
  const sorted = Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeFile(path.join(root, manifestName), JSON.stringify({generator: 'llm-interview', files: sorted}) + '\n')
}

import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Guide} from '@org/llm-interview-schema'
import {VFile} from 'vfile'
import type {BuildCache} from '../build/cache.js'
import {checksumsFile, readChecksums} from '../frozen.js'
import {addProblem, siteProblem, type SiteProblem} from '../messages/localize.js'
import {compareSemver, isSemver} from '../semver.js'

/** One guide of the content folder: its unreleased source and its releases. */
export interface GuideEntry {
  id: string
  /** The source of the next version (`guide.md`). */
  next: Guide
  /** Released versions, oldest first. */
  releases: Guide[]
}

export interface LoadedContent {
  guides: GuideEntry[]
  /** Every file read, with its messages, for reporting. */
  files: VFile[]
  /** True when any file has an error: nothing should be built. */
  failed: boolean
}

/**
 * Reads and checks every guide under `contentDir` (`<id>/guide.md` and
 * `<id>/versions/<x.y.z>.md`), in a stable order, reusing cached parses;
 * with `only`, that guide alone. A guide in `fromParts` is not read: its
 * files (with their messages, from its part) take its place in `files`,
 * and it is left out of `guides`.
 */
export async function loadContent(contentDir: string, cache?: BuildCache, options: {only?: string; fromParts?: ReadonlyMap<string, readonly VFile[]>} = {}): Promise<LoadedContent> {
  const files: VFile[] = []
  const guides: GuideEntry[] = []
  const folderProblem = await contentFolderProblem(contentDir)
  const entries = folderProblem ? undefined : await readdir(contentDir, {withFileTypes: true}).catch(() => undefined)
  if (!entries) {
    files.push(folderProblem ?? problem(contentDir, siteProblem('unreadable/content', {})))
    return {guides, files, failed: true}
  }
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && (options.only === undefined || e.name === options.only)).map((e) => e.name).sort()
  if (options.only !== undefined && folders.length === 0) {
    files.push(problem(path.join(contentDir, options.only, 'guide.md'), siteProblem('no-guides/only', {id: options.only})))
    return {guides, files, failed: true}
  }
  for (const id of folders) {
    const fromPart = options.fromParts?.get(id)
    if (fromPart) {
      files.push(...fromPart)
      continue
    }
    const dir = path.join(contentDir, id)
    const sourcePath = path.join(dir, 'guide.md')
    if (!(await stat(sourcePath).catch(() => undefined))) {
      files.push(problem(sourcePath, siteProblem('no-guides/source', {})))
      continue
    }
    // The parser is loaded only when a guide is read (not when every guide comes from its part).
    const {checkSource} = await import('../check-source.js')
    const next = await checkSource({path: sourcePath, folderId: id, version: 'next'}, cache)
    files.push(next.file)
    const versionNames = (await readdir(path.join(dir, 'versions')).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
    const releases: Guide[] = []
    for (const version of versionNames.filter(isSemver).sort(compareSemver)) {
      const release = await checkSource({path: path.join(dir, 'versions', `${version}.md`), folderId: id, version}, cache)
      files.push(release.file)
      if (release.guide) releases.push(release.guide)
    }
    for (const name of versionNames.filter((name) => !isSemver(name))) {
      files.push(problem(path.join(dir, 'versions', `${name}.md`), siteProblem('release-name', {name})))
    }
    files.push(...(await missingReleases(path.join(dir, 'versions'))))
    if (next.guide) guides.push({id, next: next.guide, releases})
  }
  const failed = files.some((file) => file.messages.some((m) => m.fatal))
  return {guides, files, failed}
}

/**
 * A file with an error for each release recorded in `versions/checksums.json`
 * whose `versions/<x.y.z>.md` is gone: released versions are never removed.
 */
export async function missingReleases(versionsDir: string): Promise<VFile[]> {
  const recorded = await readChecksums(versionsDir)
  if (!recorded.ok) return []
  const present = new Set(await readdir(versionsDir).catch(() => [] as string[]))
  return Object.keys(recorded.checksums)
    .filter((name) => !present.has(name))
    .map((name) => {
      return problem(path.join(versionsDir, checksumsFile), siteProblem('frozen-missing', {name, file: checksumsFile, path: path.join(versionsDir, name)}))
    })
}

/** Why `contentDir` is not a content folder (missing, or not a folder), or undefined. */
export async function contentFolderProblem(contentDir: string): Promise<VFile | undefined> {
  const info = await stat(contentDir).catch(() => undefined)
  if (!info) return problem(contentDir, siteProblem('no-such-path/content', {}))
  if (!info.isDirectory()) return problem(contentDir, siteProblem('not-a-folder', {}))
  return undefined
}

function problem(filePath: string, found: SiteProblem): VFile {
  const file = new VFile({path: filePath})
  addProblem(file, found)
  return file
}

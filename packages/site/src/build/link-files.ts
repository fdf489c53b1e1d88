import {createHash} from 'node:crypto'
import {readFile, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Guide} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import {addProblem, siteProblem} from '../messages/localize.js'
import {repositoryLinks, type GuideLink} from './guide-links.js'
import {layout} from './layout.js'
import type {SiteFile} from './site-file.js'

/** Files larger than this are not published beside a guide. */
export const maxLinkedFileBytes = 10 * 1024 * 1024

/**
 * What a version's links to repository files become: for each URL, the
 * URL-encoded site path it is published at (then its `?query#fragment`), or `null`
 * when its target is not published (the link is shown as text).
 */
export type LinkHrefs = Record<string, string | null>

export interface PublishedLinks {
  hrefs: LinkHrefs
  /** The linked files, under `<guide>/<version>/files/<path in the repository>`. */
  files: SiteFile[]
}

export interface LinkContext {
  /** The guide's folder (`content/<id>/`): relative links resolve against it, for every version. */
  guideDir: string
  /** The repository root: links may not leave it (`/x` is relative to it, as on GitHub). */
  rootDir: string
  /** The version's source file, where warnings about its links go. */
  file: VFile | undefined
}

/**
 * Resolves every link of a guide version that points into the repository:
 * an existing file inside the repository (not hidden, not in
 * `node_modules`) is published with the version; any other target gets a
 * positioned warning and the link is shown as plain text, so no link of
 * the site leads to a missing page.
 */
export async function publishLinkedFiles(guide: Guide, context: LinkContext): Promise<PublishedLinks> {
  const hrefs: LinkHrefs = {}
  const files = new Map<string, SiteFile>()
  const root = await realpath(context.rootDir).catch(() => path.resolve(context.rootDir))
  for (const link of repositoryLinks(guide)) {
    const resolved = await resolveTarget(link.url, context.guideDir, root)
    if ('problem' in resolved) {
      warn(context.file, link, resolved.problem)
      hrefs[link.url] = null
      continue
    }
    const folder = `${layout.version(guide.id, guide.version)}files/`
    const sitePath = `${folder}${resolved.segments.join('/')}`
    if (!files.has(sitePath)) files.set(sitePath, {path: sitePath, content: await readFile(resolved.absolute)})
    hrefs[link.url] = `${folder}${resolved.segments.map(encodeURIComponent).join('/')}${resolved.suffix}`
  }
  return {hrefs, files: [...files.values()]}
}

/**
 * A digest of what the links `urls` of a guide resolve to now: each one's
 * target (or why it is not published) and the bytes of the file. Equal
 * digests mean `publishLinkedFiles` would publish the same files the same
 * way, so a guide's part (see `part-record.ts`) is still current.
 */
export async function linkFingerprint(urls: readonly string[], guideDir: string, rootDir: string): Promise<string> {
  const root = await realpath(rootDir).catch(() => path.resolve(rootDir))
  const hash = createHash('sha256')
  for (const url of [...new Set(urls)].sort()) {
    const resolved = await resolveTarget(url, guideDir, root)
    hash.update(url).update('\0')
    if ('problem' in resolved) hash.update(`problem:${resolved.problem}`)
    else hash.update(resolved.segments.join('/')).update('\0').update(resolved.suffix).update('\0').update(await readFile(resolved.absolute))
    hash.update('\0')
  }
  return hash.digest('hex')
}

type Target = {absolute: string; segments: string[]; suffix: string} | {problem: string}

async function resolveTarget(url: string, guideDir: string, root: string): Promise<Target> {
  const [, rawPath = '', suffix = ''] = /^([^?#]*)(.*)$/s.exec(url) ?? []
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return {problem: 'malformed'}
  }
  const base = await realpath(guideDir).catch(() => path.resolve(guideDir))
  const absolute = decoded.startsWith('/') ? path.join(root, decoded) : path.resolve(base, decoded)
  const relative = path.relative(root, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return {problem: 'outside'}
  const segments = relative.split(path.sep)
  if (segments.some((s) => s.startsWith('.') || s === 'node_modules')) return {problem: 'hidden'}
  const real = await realpath(absolute).catch(() => undefined)
  if (!real) return {problem: 'missing'}
  const realRelative = path.relative(root, real)
  if (realRelative.startsWith('..') || path.isAbsolute(realRelative)) return {problem: 'links-out'}
  const info = await stat(real)
  if (!info.isFile()) return {problem: 'folder'}
  if (info.size > maxLinkedFileBytes) return {problem: 'too-large'}
  return {absolute: real, segments, suffix}
}

function warn(file: VFile | undefined, link: GuideLink, problem: string): void {
  if (!file) return
  addProblem(file, siteProblem('link-target/published', {url: link.url, problem, ...(problem === 'too-large' ? {max: maxLinkedFileBytes / 1024 / 1024} : {})}), {fatal: false, place: link.position ?? {line: 1, column: 1}})
}

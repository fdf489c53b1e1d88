import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Guide} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import type {GuideSource} from '../discover.js'
import {addProblem, siteProblem} from '../messages/localize.js'
import {repositoryLinks, type GuideLink} from './guide-links.js'

// Where a relative link of a guide leads, and the warning when that is not
// a file the site can publish: shared by the build (which publishes the
// files, link-files.ts), `check` and the language server (which only warn).

/** Files larger than this are not published beside a guide. */
export const maxLinkedFileBytes = 10 * 1024 * 1024

export interface LinkContext {
  /** The guide's folder (`content/<id>/`): relative links resolve against it, for every version. */
  guideDir: string
  /** The repository root: links may not leave it (`/x` is relative to it, as on GitHub). */
  rootDir: string
  /** The version's source file, where warnings about its links go. */
  file: VFile | undefined
}

/** A link's target: the file to publish (its real path, its path in the repository, the URL's `?query#fragment`), or why it cannot be. */
export type LinkTarget = {absolute: string; segments: string[]; suffix: string} | {problem: string}

/**
 * The target of a repository link: an existing file inside the repository
 * (not hidden, not in `node_modules`, not a folder, at most
 * `maxLinkedFileBytes`), or the problem with it. `root` is the repository
 * root with its links resolved.
 */
export async function resolveLinkTarget(url: string, guideDir: string, root: string): Promise<LinkTarget> {
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

/** The repository root of a link context, with its links resolved. */
export async function linkRoot(context: LinkContext): Promise<string> {
  return realpath(context.rootDir).catch(() => path.resolve(context.rootDir))
}

/** Adds the positioned warning that `link`'s target cannot be published (the link is shown as text). */
export function warnLinkTarget(file: VFile | undefined, link: GuideLink, problem: string): void {
  if (!file) return
  addProblem(file, siteProblem('link-target/published', {url: link.url, problem, ...(problem === 'too-large' ? {max: maxLinkedFileBytes / 1024 / 1024} : {})}), {fatal: false, place: link.position ?? {line: 1, column: 1}})
}

/**
 * Gives every repository link of `guide` whose target the build would not
 * publish the warning the build gives it, without reading or publishing
 * anything: what `check` and the language server report.
 */
export async function checkLinkTargets(guide: Guide, context: LinkContext): Promise<void> {
  const root = await linkRoot(context)
  for (const link of repositoryLinks(guide)) {
    const resolved = await resolveLinkTarget(link.url, context.guideDir, root)
    if ('problem' in resolved) warnLinkTarget(context.file, link, resolved.problem)
  }
}

/**
 * The link context of a guide source in the content layout, as the build
 * sees it: the guide's folder `content/<id>/` (also for its
 * `versions/<x.y.z>.md`), the folder above the content folder as the
 * repository root. Undefined for a file outside the layout (never built,
 * so nothing of it is published).
 */
export function linkContextOf(source: GuideSource, file: VFile): LinkContext | undefined {
  if (source.folderId === '') return undefined
  const folder = path.dirname(path.resolve(source.path))
  const guideDir = source.version === 'next' ? folder : path.dirname(folder)
  return {guideDir, rootDir: path.dirname(path.dirname(guideDir)), file}
}

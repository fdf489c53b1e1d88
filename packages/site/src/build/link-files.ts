import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import type {Guide} from '@org/llm-interview-schema'
import {repositoryLinks} from './guide-links.js'
import {layout} from './layout.js'
import {linkRoot, resolveLinkTarget, warnLinkTarget, type LinkContext} from './link-targets.js'
import type {SiteFile} from './site-file.js'

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
  const root = await linkRoot(context)
  for (const link of repositoryLinks(guide)) {
    const resolved = await resolveLinkTarget(link.url, context.guideDir, root)
    if ('problem' in resolved) {
      warnLinkTarget(context.file, link, resolved.problem)
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
  const root = await linkRoot({guideDir, rootDir, file: undefined})
  const hash = createHash('sha256')
  for (const url of [...new Set(urls)].sort()) {
    const resolved = await resolveLinkTarget(url, guideDir, root)
    hash.update(url).update('\0')
    if ('problem' in resolved) hash.update(`problem:${resolved.problem}`)
    else hash.update(resolved.segments.join('/')).update('\0').update(resolved.suffix).update('\0').update(await readFile(resolved.absolute))
    hash.update('\0')
  }
  return hash.digest('hex')
}

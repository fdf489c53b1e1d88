import {readFile} from 'node:fs/promises'
import {pagePath, stylesheetUrl} from '@org/llm-interview-renderer'
import {siteAssets} from '../build/assets.js'
import {siteEntryOf, versionFiles, versionInputs} from '../build/guide-files.js'
import {hashOf} from '../build/cache.js'
import type {SiteFile} from '../build/site-file.js'
import {versionKey} from '../build/site-links.js'
import {guidesIndex, latestRedirects, notFoundPage, sitemap, versionList, versionsManifest, versionsOf} from '../build/site-pages.js'
import {pageTargets, type VersionContext} from '../build/version-pages.js'
import type {Guide} from '@org/llm-interview-schema'
import {unpackContent, type PreviewContent} from './preview-content.js'

type Content = string | Uint8Array

/** A version's files, each made once when first asked for, and what they were made from. */
interface VersionFiles {
  key: string
  files: [string, () => Content][]
}

/**
 * The site the preview serves: the same files as `build` (no PDFs, the
 * index linking to `next`), but a page is rendered only when first asked
 * for, and a version whose inputs did not change (a release, usually)
 * keeps the pages it has rendered. An edit thus costs its parse and the
 * pages the browser then asks for, not the whole site.
 */
export class PreviewSite {
  private files = new Map<string, () => Content>()
  private versions = new Map<string, VersionFiles>()
  /** A guide's list of versions and its `latest/` redirects, by guide id, and what they were made from. */
  private lists = new Map<string, {key: string; files: SiteFile[]}>()
  /** The guides served, by fingerprint: the worker leaves them out of its next answer. */
  private guides = new Map<string, Guide>()

  private constructor(
    private readonly assets: readonly SiteFile[],
    private readonly stylesheet: string
  ) {}

  /** An empty site; the static assets are read once here. */
  static async create(): Promise<PreviewSite> {
    return new PreviewSite(await siteAssets(), await readFile(stylesheetUrl, 'utf8'))
  }

  /** No good build yet. */
  get empty(): boolean {
    return this.files.size === 0
  }

  has(path: string): boolean {
    return this.files.has(path)
  }

  /** A file's content, rendered now when it was not yet. */
  get(path: string): Content | undefined {
    return this.files.get(path)?.()
  }

  paths(): string[] {
    return [...this.files.keys()]
  }

  /** The fingerprints of the guides served (see `packContent`). */
  held(): string[] {
    return [...this.guides.keys()]
  }

  /** Serves `content` at `siteUrl` from now on; as `build` lays the site out, plus the assets. */
  update(content: PreviewContent, siteUrl: string): void {
    const {entries, guides: held, prints} = unpackContent(content, this.guides)
    const files = new Map<string, () => Content>()
    const versions = new Map<string, VersionFiles>()
    const lists = new Map<string, {key: string; files: SiteFile[]}>()
    const add = (file: SiteFile) => files.set(file.path, () => file.content)
    const printOf = (guide: Guide | undefined) => (guide ? prints.get(guide)! : 'none')
    for (const entry of entries) {
      for (const {guide, previous, context, linked} of versionInputs(entry, false, content.links)) {
        const id = versionKey(entry.id, guide.version)
        const version = this.versionFiles(id, guide, previous, context, printOf)
        versions.set(id, version)
        for (const [path, make] of version.files) files.set(path, make)
        for (const file of linked?.files ?? []) add(file)
      }
      const {guides} = versionsOf(entry)
      // Made from the guide's versions alone, as their keys are.
      const key = hashOf(entry.id, ...guides.map((g) => versions.get(versionKey(entry.id, g.version))!.key))
      const known = this.lists.get(entry.id)
      const list = known?.key === key ? known : {key, files: [versionList(entry), ...latestRedirects(entry)]}
      lists.set(entry.id, list)
      for (const file of list.files) add(file)
    }
    const sites = entries.map(siteEntryOf)
    add(guidesIndex(sites, 'next'))
    add(versionsManifest(sites))
    const base = new URL(siteUrl).pathname
    add(notFoundPage(sites, base.endsWith('/') ? base : `${base}/`, this.stylesheet))
    add(sitemap([...files.keys()], siteUrl))
    for (const file of this.assets) add(file)
    this.files = files
    this.versions = versions
    this.lists = lists
    this.guides = held
  }

  /**
   * The version's files: those made before when its inputs are unchanged
   * (the inputs of `build`'s render cache key, the guides by fingerprint).
   */
  private versionFiles(id: string, guide: Guide, previous: Guide | undefined, context: Omit<VersionContext, 'previous'>, printOf: (guide: Guide | undefined) => string): VersionFiles {
    const {has, ...rest} = context
    const pages = context.versions.map((v) => pageTargets(guide).map(pagePath).filter((p) => has(v, p)).join(','))
    const key = hashOf(printOf(guide), printOf(previous), JSON.stringify(rest), pages.join(';'))
    const known = this.versions.get(id)
    if (known?.key === key) return known
    return {key, files: versionFiles(guide, previous, context).map((file) => [file.path, once(file.content)])}
  }
}

/** `make`, called at most once. */
function once(make: () => Content): () => Content {
  let made: Content | undefined
  return () => (made ??= make())
}

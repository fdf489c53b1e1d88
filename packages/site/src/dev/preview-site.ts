import {readFile} from 'node:fs/promises'
import {pagePath, stylesheetUrl} from '@org/llm-interview-renderer'
import {siteAssets} from '../build/assets.js'
import {versionFiles} from '../build/build.js'
import {hashOf} from '../build/cache.js'
import type {PublishedLinks} from '../build/link-files.js'
import type {SiteFile} from '../build/site-file.js'
import {versionKey} from '../build/site-links.js'
import {guidesIndex, latestRedirects, notFoundPage, sitemap, versionList, versionsManifest, versionsOf} from '../build/site-pages.js'
import {pageTargets, type VersionContext} from '../build/version-pages.js'
import type {Guide} from '@org/llm-interview-schema'
import type {GuideEntry} from '../content/load.js'

type Content = string | Uint8Array

/** What a good preview build hands the server: the checked guides and the files their links publish. */
export interface PreviewContent {
  guides: GuideEntry[]
  /** By `versionKey(guide, version)`, as `linkedFilesOfSite` answers. */
  links: ReadonlyMap<string, PublishedLinks>
}

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

  private constructor(
    private readonly siteUrl: string,
    private readonly assets: readonly SiteFile[],
    private readonly stylesheet: string
  ) {}

  /** An empty site served at `siteUrl`; the static assets are read once here. */
  static async create(siteUrl: string): Promise<PreviewSite> {
    return new PreviewSite(siteUrl, await siteAssets(), await readFile(stylesheetUrl, 'utf8'))
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

  /** Serves `content` from now on; as `renderSite` lays the site out, plus the assets. */
  update(content: PreviewContent): void {
    const files = new Map<string, () => Content>()
    const versions = new Map<string, VersionFiles>()
    const add = (file: SiteFile) => files.set(file.path, () => file.content)
    // Each guide is in two keys: its own and its successor's (as the previous version).
    const json = new Map<Guide, string>()
    const jsonOf = (guide: Guide | undefined) => (guide ? (json.get(guide) ?? json.set(guide, JSON.stringify(guide)).get(guide)!) : 'null')
    for (const entry of content.guides) {
      const {guides, latest} = versionsOf(entry)
      const names = guides.map((g) => g.version)
      const paths = new Map(guides.map((g) => [g.version, new Set(pageTargets(g).map(pagePath))]))
      for (const [index, guide] of guides.entries()) {
        const previous = guides[index - 1]
        const id = versionKey(entry.id, guide.version)
        const linked = content.links.get(id)
        const context: Omit<VersionContext, 'previous'> = {versions: names, latest: latest.version, has: (v, p) => paths.get(v)?.has(p) ?? false, pdf: false, ...(linked ? {links: linked.hrefs} : {})}
        const version = this.versionFiles(id, guide, previous, context, jsonOf)
        versions.set(id, version)
        for (const [path, make] of version.files) files.set(path, make)
        for (const file of linked?.files ?? []) add(file)
      }
      for (const file of [versionList(entry), ...latestRedirects(entry)]) add(file)
    }
    add(guidesIndex(content.guides, 'next'))
    add(versionsManifest(content.guides))
    const base = new URL(this.siteUrl).pathname
    add(notFoundPage(content.guides, base.endsWith('/') ? base : `${base}/`, this.stylesheet))
    add(sitemap([...files.keys()], this.siteUrl))
    for (const file of this.assets) add(file)
    this.files = files
    this.versions = versions
  }

  /** The version's files: those made before when its inputs are unchanged (the same as `build`'s render cache key). */
  private versionFiles(id: string, guide: Guide, previous: Guide | undefined, context: Omit<VersionContext, 'previous'>, jsonOf: (guide: Guide | undefined) => string): VersionFiles {
    const {has, ...rest} = context
    const pages = context.versions.map((v) => pageTargets(guide).map(pagePath).filter((p) => has(v, p)).join(','))
    const key = hashOf(jsonOf(guide), jsonOf(previous), JSON.stringify(rest), pages.join(';'))
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

import {sumDurations, type Guide} from '@org/llm-interview-schema'
import {pagePath, stringsFor} from '@org/llm-interview-renderer'
import type {GuideEntry} from '../content/load.js'
import {diffContent, diffGuides} from '../diff/index.js'
import {debriefContent} from '../debrief/page.js'
import {searchContent, searchIndexJson} from '../search/index.js'
import {hashOf, toolVersion, type BuildCache} from './cache.js'
import {repositoryLinks} from './guide-links.js'
import {layout, relative} from './layout.js'
import type {PublishedLinks} from './link-files.js'
import type {PdfJob} from './pdf.js'
import type {LazyFile, SiteFile} from './site-file.js'
import {versionKey} from './site-links.js'
import {latestRedirects, versionList, versionsOf, type GuideCard, type SiteEntry} from './site-pages.js'
import {pageTargets, versionPages, type VersionContext} from './version-pages.js'

/** A guide rendered: its files (every version, its version list and `latest/` redirects), PDFs to print and site-wide facts. */
export interface RenderedGuide {
  id: string
  entry: SiteEntry
  files: SiteFile[]
  pdfJobs: PdfJob[]
  /** Its links to repository files, of every version. */
  linkUrls: string[]
}

/** A version of a guide entry with what its pages need: the version before it and its context. */
export interface VersionInput {
  guide: Guide
  previous: Guide | undefined
  context: Omit<VersionContext, 'previous'>
  /** The repository files its links publish, if any. */
  linked: PublishedLinks | undefined
}

/** Each version of `entry`, oldest release first, with its context (shared by the build and the preview). */
export function versionInputs(entry: GuideEntry, pdf: boolean, links?: ReadonlyMap<string, PublishedLinks>): VersionInput[] {
  const {guides, latest} = versionsOf(entry)
  const versions = guides.map((g) => g.version)
  const paths = new Map(guides.map((g) => [g.version, new Set(pageTargets(g).map(pagePath))]))
  return guides.map((guide, index) => {
    const linked = links?.get(versionKey(entry.id, guide.version))
    const context = {versions, latest: latest.version, has: (v: string, p: string) => paths.get(v)?.has(p) ?? false, pdf, ...(linked ? {links: linked.hrefs} : {})}
    return {guide, previous: guides[index - 1], context, linked}
  })
}

/**
 * Every file of one checked guide but the site-wide ones, and the PDFs to
 * print; `links` are the files the guides link to (without them, links are
 * rendered as written).
 */
export async function renderGuide(entry: GuideEntry, pdf = false, cache?: BuildCache, links?: ReadonlyMap<string, PublishedLinks>): Promise<RenderedGuide> {
  const files: SiteFile[] = []
  const pdfJobs: PdfJob[] = []
  const inputs = versionInputs(entry, pdf, links)
  for (const {guide, previous, context, linked} of inputs) {
    files.push(...(await cachedVersionFiles(guide, previous, context, cache)), ...(linked?.files ?? []))
    if (pdf) {
      for (const level of [undefined, ...guide.levels.map((l) => l.id)]) {
        pdfJobs.push({page: `${layout.page(guide.id, guide.version, {page: 'print', ...(level ? {level} : {})})}index.html`, pdf: layout.pdf(guide.id, guide.version, level)})
      }
    }
  }
  files.push(versionList(entry), ...latestRedirects(entry))
  return {id: entry.id, entry: siteEntryOf(entry), files, pdfJobs, linkUrls: inputs.flatMap(({guide}) => repositoryLinks(guide).map((link) => link.url))}
}

/**
 * A version's files, from the cache when nothing they depend on changed:
 * the guide, the previous version (its diff page), the list of versions and
 * which is latest (the switcher), PDFs, and the tool itself.
 */
async function cachedVersionFiles(guide: Guide, previous: Guide | undefined, context: Omit<VersionContext, 'previous'>, cache?: BuildCache): Promise<SiteFile[]> {
  if (!cache) return made(versionFiles(guide, previous, context))
  const {has: _has, ...rest} = context
  const pages = context.versions.map((v) => pageTargets(guide).map(pagePath).filter((p) => context.has(v, p)).join(','))
  const key = hashOf(cache.persistent ? await toolVersion() : '', JSON.stringify(guide), JSON.stringify(previous ?? null), JSON.stringify(rest), pages.join(';'))
  const hit = await cache.get<SiteFile[]>('render', key)
  if (hit) return hit
  const files = made(versionFiles(guide, previous, context))
  await cache.set('render', key, files)
  return files
}

/** A version's files, each made when asked for (the preview serves them so; see `made`). */
export function versionFiles(guide: Guide, previous: Guide | undefined, context: Omit<VersionContext, 'previous'>): LazyFile[] {
  const strings = stringsFor(guide.lang)
  const dir = layout.version(guide.id, guide.version)
  const extra: Parameters<typeof versionPages>[2] = [
    {
      dir: 'search/',
      title: strings.search.heading,
      main: () => searchContent({indexHref: '../search-index.json', lang: guide.lang}),
      scripts: [`${layout.searchScripts}browser.js`]
    },
    {
      dir: 'debrief/',
      title: strings.debrief.title,
      main: () => debriefContent({guide: guide.id, version: guide.version, lang: guide.lang}),
      scripts: [`${layout.debriefScripts}browser.js`]
    }
  ]
  if (previous) {
    const diffDir = layout.diff(guide.id, guide.version)
    extra.push({
      dir: 'diff/',
      title: strings.diff.title(previous.version, guide.version),
      main: () => diffContent(diffGuides(previous, guide), {
        section: (version: string, sectionId: string) => `${relative(diffDir, layout.version(guide.id, version))}#sec-${sectionId}`
      }, guide.lang),
      scripts: []
    })
  }
  return [
    ...versionPages(guide, {...context, ...(previous ? {previous: previous.version} : {})}, extra),
    {path: `${dir}guide.json`, content: () => JSON.stringify(guide, null, 2) + '\n'},
    {path: `${dir}search-index.json`, content: () => searchIndexJson(guide)}
  ]
}

function made(files: LazyFile[]): SiteFile[] {
  return files.map((file) => ({path: file.path, content: file.content()}))
}

/** The site-wide facts of a guide entry. */
export function siteEntryOf(entry: GuideEntry): SiteEntry {
  const {guides, latest} = versionsOf(entry)
  return {
    id: entry.id,
    lang: entry.next.lang,
    latest: cardOf(latest),
    next: cardOf(entry.next),
    versions: guides.map((guide) => ({version: guide.version, title: guide.title, plannedMinutes: sumDurations(guide.parts.map((p) => p.duration))}))
  }
}

function cardOf(guide: Guide): GuideCard {
  const overview = guide.overview?.paragraphs[0]?.text
  return {
    title: guide.title,
    version: guide.version,
    ...(overview ? {overview} : {}),
    duration: guide.duration,
    parts: guide.parts.length,
    sections: guide.parts.reduce((n, p) => n + p.sections.length, 0),
    levels: guide.levels.map((level) => ({id: level.id, label: level.label}))
  }
}

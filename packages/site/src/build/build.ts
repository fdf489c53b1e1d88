import {readFile} from 'node:fs/promises'
import {pagePath, stringsFor, stylesheetUrl} from '@org/llm-interview-renderer'
import type {Guide} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import {loadContent, type GuideEntry} from '../content/load.js'
import {diffContent, diffGuides} from '../diff/index.js'
import {debriefContent} from '../debrief/page.js'
import {searchContent, searchIndexJson} from '../search/index.js'
import {siteAssets} from './assets.js'
import {layout, relative} from './layout.js'
import type {LazyFile, SiteFile} from './site-file.js'
import {warnUnknownLangs} from './lang-warnings.js'
import {guidesIndex, latestRedirects, notFoundPage, sitemap, versionList, versionsManifest, versionsOf} from './site-pages.js'
import {chromiumPath} from './browser.js'
import {BuildCache, hashOf, toolVersion} from './cache.js'
import type {PdfJob} from './pdf.js'
import {pdfEnvironment, pdfKeys} from './pdf-key.js'
import {pdfStage, type PdfReport} from './pdf-stage.js'
import {linkedFilesOfSite, versionKey} from './site-links.js'
import type {PublishedLinks} from './link-files.js'
import {pageTargets, versionPages, type VersionContext} from './version-pages.js'
import {writeSite} from './write.js'

export interface BuildOptions {
  contentDir: string
  outDir: string
  /** Absolute URL the site is served from (for the sitemap and 404 links). */
  siteUrl: string
  /** Called when a stage ends, with its name and milliseconds. */
  onStage?: (stage: string, ms: number) => void
  /**
   * PDFs of every print document: `'auto'` (default) when Chromium is
   * found, `'always'` (fail without Chromium), `'never'`.
   */
  pdf?: 'auto' | 'always' | 'never'
  /** Parse and render results of earlier builds (released versions rarely change). */
  cache?: BuildCache
  /** The version the site's index links each guide to: `latest` (default), or `next` in the preview. */
  home?: 'latest' | 'next'
  /** False to only return the files (the dev server serves them from memory). */
  write?: boolean
  /** Called as a long stage advances (`'PDF'`, 3, 8: the third of eight PDFs is done). */
  onProgress?: (stage: string, done: number, total: number) => void
  /** Build only this guide of the content folder (a per-guide part; see `buildPart`). */
  only?: string
  /** Called when another build is publishing into the same folder, before waiting for it. */
  onWait?: (pid: number) => void
}

export interface BuildResult {
  ok: boolean
  /** Every content file read, with its messages. */
  files: VFile[]
  /** What was written (empty when the content has errors); PDFs are not listed. */
  site: SiteFile[]
  /** PDFs made (printed or from the cache), or why none were. */
  pdf: Omit<PdfReport, 'digests'> | {skipped: string}
}

/**
 * Builds the whole site: load and check every guide, render every page of
 * every version, add the site-wide files, and publish the result at
 * `outDir` in one step (see `writeSite`). When any content file has an
 * error nothing is written.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const stage = timer(options.onStage)
  const chromium = options.pdf === 'never' ? undefined : chromiumPath()
  if (options.pdf === 'always' && !chromium) throw new Error('PDFs need Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH')
  const pdf: BuildResult['pdf'] = chromium ? {count: 0, bytes: 0, printed: 0, cached: 0} : {skipped: options.pdf === 'never' ? 'not asked for' : 'Chromium not found (install chromium or set CHROMIUM_PATH)'}
  // Without a cache, one in memory still parses identical sources once (a guide.md unchanged since its release).
  const content = await loadContent(options.contentDir, options.cache ?? new BuildCache(), options.only === undefined ? {} : {only: options.only})
  stage('load + check')
  if (content.failed) return {ok: false, files: content.files, site: [], pdf}
  warnUnknownLangs(content.guides, content.files, options.contentDir)
  // The PDFs' environment key (it asks Chromium its version) is found while the site renders.
  const environment = chromium && options.cache?.persistent && options.write !== false ? pdfEnvironment(chromium) : undefined
  environment?.catch(() => undefined)
  const links = await linkedFilesOfSite(content.guides, content.files, options.contentDir)
  const {files: site, pdfJobs} = await renderSite(content.guides, options.siteUrl, Boolean(chromium), options.cache, links, options.home)
  stage('render')
  site.push(...(await siteAssets()))
  site.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  stage('assets')
  if (options.write === false) return {ok: true, files: content.files, site, pdf: {skipped: 'not written'}}
  await writeSite(options.outDir, site, {
    contentDir: options.contentDir,
    ...(options.onWait ? {onWait: options.onWait} : {}),
    beforeSwap: async (staging) => {
      if (!chromium) return
      stage('write')
      const keyOf = environment ? pdfKeys(await environment, site) : undefined
      const {digests, ...report} = await pdfStage(staging, pdfJobs, {executablePath: chromium, cache: options.cache, keyOf, onPrinted: options.onProgress && ((done, total) => options.onProgress!('PDF', done, total))})
      Object.assign(pdf, report)
      stage('pdf')
      return digests
    }
  })
  stage(chromium ? 'swap' : 'write')
  return {ok: true, files: content.files, site, pdf}
}

/**
 * Every file of the site but the static assets and PDFs, from checked
 * guides, and the PDFs to print; `links` are the files the guides link to
 * (without them, links are rendered as written).
 */
export async function renderSite(entries: readonly GuideEntry[], siteUrl: string, pdf = false, cache?: BuildCache, links?: ReadonlyMap<string, PublishedLinks>, home: 'latest' | 'next' = 'latest'): Promise<{files: SiteFile[]; pdfJobs: PdfJob[]}> {
  const files: SiteFile[] = []
  const pdfJobs: PdfJob[] = []
  for (const entry of entries) {
    const {guides, latest} = versionsOf(entry)
    const versions = guides.map((g) => g.version)
    const paths = new Map(guides.map((g) => [g.version, new Set(pageTargets(g).map(pagePath))]))
    for (const [index, guide] of guides.entries()) {
      const previous = guides[index - 1]
      const linked = links?.get(versionKey(entry.id, guide.version))
      const context = {versions, latest: latest.version, has: (v: string, p: string) => paths.get(v)?.has(p) ?? false, pdf, ...(linked ? {links: linked.hrefs} : {})}
      files.push(...(await cachedVersionFiles(guide, previous, context, cache)), ...(linked?.files ?? []))
      if (pdf) {
        for (const level of [undefined, ...guide.levels.map((l) => l.id)]) {
          pdfJobs.push({page: `${layout.page(guide.id, guide.version, {page: 'print', ...(level ? {level} : {})})}index.html`, pdf: layout.pdf(guide.id, guide.version, level)})
        }
      }
    }
    files.push(versionList(entry), ...latestRedirects(entry))
  }
  files.push(guidesIndex(entries, home), versionsManifest(entries))
  const base = new URL(siteUrl).pathname
  files.push(notFoundPage(entries, base.endsWith('/') ? base : `${base}/`, await readFile(stylesheetUrl, 'utf8')))
  files.push(sitemap(files.map((f) => f.path), siteUrl))
  return {files, pdfJobs}
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

function timer(onStage: BuildOptions['onStage']) {
  let last = performance.now()
  return (name: string) => {
    const now = performance.now()
    onStage?.(name, now - last)
    last = now
  }
}

import {readdir, readFile} from 'node:fs/promises'
import {stylesheetUrl} from '@org/llm-interview-renderer'
import type {VFile} from 'vfile'
import {loadContent} from '../content/load.js'
import {siteAssets} from './assets.js'
import type {OutputFile, SiteFile, StoredFile} from './site-file.js'
import {warnUnknownLangs} from './lang-warnings.js'
import {guidesIndex, notFoundPage, sitemap, versionsManifest, type SiteEntry} from './site-pages.js'
import {readPart, type PartOutput} from './part-record.js'
import {chromiumPath} from './browser.js'
import {BuildCache} from './cache.js'
import type {PdfJob} from './pdf.js'
import {pdfEnvironment, pdfKeys} from './pdf-key.js'
import {pdfStage, type PdfReport} from './pdf-stage.js'
import {linkedFilesOfSite} from './site-links.js'
import type {RenderedGuide} from './guide-files.js'
import {StoredFileChanged, type WriteReport} from './place-files.js'
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
  /** With `write: false`: render the guides alone, without the site-wide pages and assets (what a part keeps). */
  guidesOnly?: boolean
  /** Called when another build is publishing into the same folder, before waiting for it. */
  onWait?: (pid: number) => void
  /**
   * Take each guide whose part (`llm-interview part`, see `part-record.ts`)
   * is current from it: neither loaded nor rendered, its files linked from
   * the published site when unchanged or copied from the part.
   */
  parts?: boolean
}

export interface BuildResult {
  ok: boolean
  /** Every content file read, with its messages. */
  files: VFile[]
  /** The files rendered in this process (empty when the content has errors); PDFs are not listed. */
  site: SiteFile[]
  /** The files taken from guides' parts. */
  stored: StoredFile[]
  /** Each guide rendered in this process, apart from the site-wide files (what its part keeps). */
  guides: RenderedGuide[]
  /** How the files were placed (when written): linked from the published site, or written. */
  written?: WriteReport
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
  try {
    return await buildOnce(options)
  } catch (error) {
    // A part's file changed on disk after its record: build again without parts (nothing was published).
    if (error instanceof StoredFileChanged && options.parts) return buildOnce({...options, parts: false})
    throw error
  }
}

async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const stage = timer(options.onStage)
  const chromium = options.pdf === 'never' ? undefined : chromiumPath()
  if (options.pdf === 'always' && !chromium) throw new Error('PDFs need Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH')
  const pdf: BuildResult['pdf'] = chromium ? {count: 0, bytes: 0, printed: 0, cached: 0} : {skipped: options.pdf === 'never' ? 'not asked for' : 'Chromium not found (install chromium or set CHROMIUM_PATH)'}
  const parts = options.parts ? await currentParts(options.contentDir, Boolean(chromium)) : new Map<string, PartOutput>()
  // Without a cache, one in memory still parses identical sources once (a guide.md unchanged since its release).
  const content = await loadContent(options.contentDir, options.cache ?? new BuildCache(), {...(options.only === undefined ? {} : {only: options.only}), fromParts: new Map([...parts].map(([id, part]) => [id, part.files]))})
  stage('load + check')
  const failed = (): BuildResult => ({ok: false, files: content.files, site: [], stored: [], guides: [], pdf})
  if (content.failed) return failed()
  warnUnknownLangs(content.guides, content.files, options.contentDir)
  // The PDFs' environment key (it asks Chromium its version) is found while the site renders.
  const environment = chromium && options.cache?.persistent && options.write !== false ? pdfEnvironment(chromium) : undefined
  environment?.catch(() => undefined)
  const links = await linkedFilesOfSite(content.guides, content.files, options.contentDir)
  const rendered: RenderedGuide[] = []
  // The renderer's modules are loaded only when a guide is to be rendered (not when every guide comes from its part).
  const {renderGuide} = content.guides.length > 0 ? await import('./guide-files.js') : {renderGuide: undefined}
  for (const entry of content.guides) rendered.push(await renderGuide!(entry, Boolean(chromium), options.cache, links))
  const guides: {id: string; entry: SiteEntry; files: OutputFile[]; pdfJobs: PdfJob[]}[] = [...rendered, ...[...parts.values()].map((part) => ({id: part.record.guide, entry: part.record.entry, files: part.stored, pdfJobs: part.record.pdfJobs}))]
  guides.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (options.write === false && options.guidesOnly) {
    stage('render')
    return {ok: true, files: content.files, site: rendered.flatMap((guide) => guide.files), stored: [], guides: rendered, pdf: {skipped: 'not written'}}
  }
  const files: OutputFile[] = guides.flatMap((guide) => guide.files)
  files.push(...(await siteWideFiles(guides.map((guide) => guide.entry), files, options.siteUrl, options.home)))
  stage('render')
  files.push(...(await siteAssets()))
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  stage('assets')
  const site = files.filter((file): file is SiteFile => !('from' in file))
  const stored = files.filter((file): file is StoredFile => 'from' in file)
  if (options.write === false) return {ok: true, files: content.files, site, stored, guides: rendered, pdf: {skipped: 'not written'}}
  const pdfJobs = guides.flatMap((guide) => guide.pdfJobs)
  const assetsOf = new Map([...parts.values()].flatMap((part) => part.record.pdfJobs.map((job) => [job.page, job.assets] as const)))
  const written = await writeSite(options.outDir, files, {
    contentDir: options.contentDir,
    ...(options.onWait ? {onWait: options.onWait} : {}),
    beforeSwap: async (staging) => {
      if (!chromium) return
      stage('write')
      const keyOf = environment ? pdfKeys(await environment, files, assetsOf) : undefined
      const {digests, ...report} = await pdfStage(staging, pdfJobs, {executablePath: chromium, cache: options.cache, keyOf, onPrinted: options.onProgress && ((done, total) => options.onProgress!('PDF', done, total))})
      Object.assign(pdf, report)
      stage('pdf')
      return digests
    }
  })
  stage(chromium ? 'swap' : 'write')
  return {ok: true, files: content.files, site, stored, guides: rendered, pdf, written}
}

/** The current part of each guide folder of `contentDir` that has one (see `readPart`). */
async function currentParts(contentDir: string, pdf: boolean): Promise<Map<string, PartOutput>> {
  const entries = await readdir(contentDir, {withFileTypes: true}).catch(() => [])
  const ids = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name)
  // Read side by side: each is a record and a guide's sources to hash.
  const found = await Promise.all(ids.map((id) => readPart(contentDir, id, {pdf})))
  return new Map(ids.flatMap((id, index) => (found[index] ? [[id, found[index]] as const] : [])))
}

/** The site-wide files: the home page, `versions.json`, `404.html` and the sitemap of `files` and those. */
async function siteWideFiles(entries: readonly SiteEntry[], files: readonly OutputFile[], siteUrl: string, home: 'latest' | 'next' = 'latest'): Promise<SiteFile[]> {
  const base = new URL(siteUrl).pathname
  const wide = [guidesIndex(entries, home), versionsManifest(entries), notFoundPage(entries, base.endsWith('/') ? base : `${base}/`, await readFile(stylesheetUrl, 'utf8'))]
  return [...wide, sitemap([...files, ...wide].map((f) => f.path), siteUrl)]
}

function timer(onStage: BuildOptions['onStage']) {
  let last = performance.now()
  return (name: string) => {
    const now = performance.now()
    onStage?.(name, now - last)
    last = now
  }
}

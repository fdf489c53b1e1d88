import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {guideCss} from '@org/llm-interview-renderer'
import {printFonts} from './fonts.js'
import {layout, relative} from './layout.js'
import type {SiteFile} from './site-file.js'

/** The site's icon: 面 (interview) on the accent colour. */
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">面</text></svg>\n`

/** The browser modules of search, compiled by this package's build (`dist/search/`). */
const searchModules = ['engine.js', 'glossary.js', 'highlight.js', 'browser.js', 'highlight-page.js']

/** The browser modules of interview mode (`dist/interview/`); `browser.js` imports the others. */
const interviewModules = ['timing.js', 'score.js', 'record.js', 'export.js', 'export-file.js', 'import.js', 'dom.js', 'view.js', 'browser.js']

/** The browser modules of the debrief page (`dist/debrief/`); they also import `../interview/` modules. */
const debriefModules = ['merge.js', 'report.js', 'browser.js']

/** The browser module of the guide and level pages' table of contents (`dist/reading/`). */
const readingModules = ['browser.js']

/** The browser modules of the `latest/` redirect pages (`dist/redirect/`). */
const redirectModules = ['target.js', 'browser.js']

/**
 * Files every site has: the stylesheet (the renderer's, compacted, importing
 * the print fonts, for print only), the print fonts, the search, interview, debrief, reading and
 * redirect scripts and the JSON Schemas (guide data, front matter).
 */
export function siteAssets(): Promise<readonly SiteFile[]> {
  assets ??= readAssets().catch((error: unknown) => {
    assets = undefined
    throw error
  })
  return assets
}

let assets: Promise<readonly SiteFile[]> | undefined

/** The assets, read once per process (they are the tool's own files); each file is frozen. */
async function readAssets(): Promise<readonly SiteFile[]> {
  const scripts = [...(await compiled('search', searchModules, layout.searchScripts)), ...(await compiled('interview', interviewModules, layout.interviewScripts)), ...(await compiled('redirect', redirectModules, layout.redirectScripts)), ...(await compiled('debrief', debriefModules, layout.debriefScripts)), ...(await compiled('reading', readingModules, layout.readingScripts))]
  const files: SiteFile[] = [
    {path: layout.stylesheet, content: `@import url("${relative(path.posix.dirname(layout.stylesheet) + '/', layout.printFonts)}") print;\n${guideCss}`},
    ...(await printFonts()),
    {path: layout.icon, content: favicon},
    ...scripts,
    // As the packages ship them (their builds write them from the zod schemas): read, not made again.
    {path: layout.schema, content: await readFile(fileURLToPath(import.meta.resolve('@org/llm-interview-schema/guide.schema.json')))},
    {path: layout.frontMatterSchema, content: await readFile(fileURLToPath(import.meta.resolve('@org/llm-interview-parser/front-matter.schema.json')))}
  ]
  return Object.freeze(files.map((file) => Object.freeze({...file})))
}

/** Compiled browser modules of `dist/<dir>/`, placed under `target` in the site. */
function compiled(dir: string, names: readonly string[], target: string): Promise<SiteFile[]> {
  return Promise.all(
    names.map(async (name) => {
      // Read from dist/ whether this module runs from src/ or dist/ (both two levels down).
      const url = new URL(`../../dist/${dir}/${name}`, import.meta.url)
      const content = await readFile(url).catch(() => {
        throw new Error(`Missing ${url.pathname}: build the site package first (npm run build)`)
      })
      return {path: `${target}${name}`, content}
    })
  )
}

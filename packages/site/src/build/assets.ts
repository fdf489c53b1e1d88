import {readFile} from 'node:fs/promises'
import {guideJsonSchema} from '@org/llm-interview-schema'
import {stylesheetUrl} from '@org/llm-interview-renderer'
import {layout} from './layout.js'
import type {SiteFile} from './site-file.js'

/** The browser modules of search, compiled by this package's build (`dist/search/`). */
const searchModules = ['engine.js', 'glossary.js', 'browser.js']

/** Files every site has: the stylesheet, the search scripts and the JSON Schema. */
export async function siteAssets(): Promise<SiteFile[]> {
  const scripts = await Promise.all(
    searchModules.map(async (name) => {
      // Read from dist/ whether this module runs from src/ or dist/ (both two levels down).
      const url = new URL(`../../dist/search/${name}`, import.meta.url)
      const content = await readFile(url).catch(() => {
        throw new Error(`Missing ${url.pathname}: build the site package first (npm run build)`)
      })
      return {path: `${layout.searchScripts}${name}`, content}
    })
  )
  return [
    {path: layout.stylesheet, content: await readFile(stylesheetUrl)},
    ...scripts,
    {path: layout.schema, content: JSON.stringify(guideJsonSchema(), null, 2) + '\n'}
  ]
}

import {pagePath, relativePath, type PageTarget} from '@org/llm-interview-renderer'

/** Where things live in the built site, relative to its root. */
export const layout = {
  stylesheet: 'assets/guide.css',
  /** The fonts of print documents and their `@font-face` stylesheet, which the stylesheet imports for print. */
  fonts: 'assets/fonts/',
  printFonts: 'assets/fonts/print.css',
  icon: 'assets/favicon.svg',
  searchScripts: 'assets/search/',
  interviewScripts: 'assets/interview/',
  redirectScripts: 'assets/redirect/',
  debriefScripts: 'assets/debrief/',
  /** The table of contents' script of the guide and level pages. */
  readingScripts: 'assets/reading/',
  schema: 'schema/guide.schema.json',
  /** The JSON Schema of a guide's front matter, for YAML tools (`yaml-language-server`). */
  frontMatterSchema: 'schema/front-matter.schema.json',
  /** A guide version's folder: `<guide>/<version>/`. */
  version: (guide: string, version: string) => `${guide}/${version}/`,
  /** A page of a guide version. */
  page: (guide: string, version: string, target: PageTarget) => `${guide}/${version}/${pagePath(target)}`,
  diff: (guide: string, version: string) => `${guide}/${version}/diff/`,
  search: (guide: string, version: string) => `${guide}/${version}/search/`,
  /** The panel debrief page, which merges interview exports of the version. */
  debrief: (guide: string, version: string) => `${guide}/${version}/debrief/`,
  /** The PDF of a version's print document, beside its print page. */
  pdf: (guide: string, version: string, level?: string) =>
    `${guide}/${version}/${level ? `${level}/` : ''}print/${[guide, version, level].filter(Boolean).join('-')}.pdf`
} as const

/** A relative URL from the page at directory `from` to `to` (both relative to the site root). */
export const relative = relativePath

/** The file a directory URL is served from. */
export function indexFile(dir: string): string {
  return `${dir}index.html`
}

import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {layout} from './layout.js'
import type {SiteFile} from './site-file.js'

/**
 * The fonts print documents use: Noto Sans SC (regular and bold) and Noto
 * Sans Mono from @fontsource, OFL-1.1. Their woff2 files have glyf
 * (TrueType) outlines, which Chromium embeds in a PDF as subset CID
 * TrueType fonts; the CFF-based Noto CJK of Linux distributions would come
 * out as Type 3. Each weight is split by unicode-range, so a page loads
 * only the subsets its text uses. Both weights are shipped: a synthesized
 * bold is drawn as Type 3 again.
 */
const printFamilies = [
  {family: 'Noto Sans SC Print', package: '@fontsource/noto-sans-sc', weights: ['400', '700']},
  {family: 'Noto Sans Mono Print', package: '@fontsource/noto-sans-mono', weights: ['400']}
] as const

const require = createRequire(import.meta.url)

let fonts: Promise<SiteFile[]> | undefined

/**
 * The print fonts as site files under `layout.fonts`: the woff2 files, a
 * stylesheet of their `@font-face` rules (the families the stylesheet's
 * print rules name first) and each package's licence. Read once per process.
 */
export function printFonts(): Promise<SiteFile[]> {
  fonts ??= readPrintFonts().catch((error: unknown) => {
    fonts = undefined
    throw error
  })
  return fonts
}

async function readPrintFonts(): Promise<SiteFile[]> {
  const files: SiteFile[] = []
  const rules: string[] = []
  for (const {family, package: name, weights} of printFamilies) {
    const dir = path.dirname(require.resolve(`${name}/package.json`))
    for (const weight of weights) {
      for (const face of fontFaces(await readFile(path.join(dir, `${weight}.css`), 'utf8'))) {
        rules.push(`@font-face{font-family:"${family}";font-style:${face.style};font-weight:${face.weight};font-display:swap;src:url(${face.file}) format("woff2");unicode-range:${face.range}}`)
        files.push(siteFile(`${layout.fonts}${face.file}`, path.join(dir, 'files', face.file)))
      }
    }
    files.push(siteFile(`${layout.fonts}LICENSE-${path.basename(name)}.txt`, path.join(dir, 'LICENSE')))
  }
  const css = {path: layout.printFonts, content: `/* Fonts of print documents (OFL-1.1, see the LICENSE files beside this one). */\n${rules.join('\n')}\n`}
  return [...files, css]
}

/**
 * A file of a font package, read synchronously: a build reads a couple of
 * hundred of them at once, and a promise, a file handle and a thread pool
 * round trip each cost more than the read (once per process).
 */
function siteFile(sitePath: string, file: string): SiteFile {
  return {path: sitePath, content: readFileSync(file)}
}

interface FontFace {
  style: string
  weight: string
  /** The woff2 file's name, in the package's `files/`. */
  file: string
  range: string
}

/** The `@font-face` rules of a @fontsource stylesheet; throws when one lacks what a print face needs. */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([rule, body]) => {
    const value = (property: string) => new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+?)\\s*(?:;|$)`).exec(body!)?.[1]
    const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body!)?.[1]
    const [style, weight, range] = [value('font-style'), value('font-weight'), value('unicode-range')]
    if (!style || !weight || !range || !file) throw new Error(`Unexpected @font-face rule, expected font-style, font-weight, unicode-range and a woff2 file: ${rule.slice(0, 200)}`)
    return {style, weight, file, range}
  })
}

import {readFileSync} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {hashOf, toolVersion} from './cache.js'
import {sha256} from '../digest.js'
import type {OutputFile} from './site-file.js'

/** Where fontconfig finds the fonts Chromium prints with, and its configuration. */
const fontDirs = ['/etc/fonts', '/usr/share/fonts', '/usr/local/share/fonts']

/**
 * A hash of everything outside the site that shapes a PDF: this tool's code
 * (`toolVersion`, which includes how PDFs are printed and made
 * reproducible), the Chromium that prints (its `--version` and its
 * executable's size and time), playwright-core's version, the system fonts
 * and fontconfig setup (every file's path, size and time), and
 * `SOURCE_DATE_EPOCH`. A new browser or font never reuses an old PDF.
 */
export async function pdfEnvironment(executablePath: string): Promise<string> {
  const [tool, chromium, fonts] = await Promise.all([toolVersion(), chromiumVersion(executablePath), fontFiles()])
  const playwright = (createRequire(import.meta.url)('playwright-core/package.json') as {version: string}).version
  return hashOf(tool, chromium, `playwright-core@${playwright}`, fonts, `SOURCE_DATE_EPOCH=${process.env.SOURCE_DATE_EPOCH ?? ''}`)
}

async function chromiumVersion(executablePath: string): Promise<string> {
  const real = await realpath(executablePath).catch(() => executablePath)
  const info = await stat(real).catch(() => undefined)
  // Loaded here: a build without PDFs never needs child processes.
  const {execFile} = await import('node:child_process')
  const printed = await new Promise<string>((resolve) => {
    execFile(executablePath, ['--version'], {timeout: 10_000}, (error, stdout) => resolve(error ? `unknown: ${error.message}` : stdout.trim()))
  })
  return `${real} ${info?.size ?? 0} ${info?.mtimeMs ?? 0} ${printed}`
}

async function fontFiles(): Promise<string> {
  const lines: string[] = []
  for (const dir of fontDirs) {
    const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
    for (const entry of entries) {
      const file = path.join(entry.parentPath, entry.name)
      const info = await stat(file).catch(() => undefined)
      if (info?.isFile()) lines.push(`${file} ${info.size} ${info.mtimeMs}`)
    }
  }
  return [...lines.sort(), `FONTCONFIG_FILE=${process.env.FONTCONFIG_FILE ?? ''}`, `FONTCONFIG_PATH=${process.env.FONTCONFIG_PATH ?? ''}`].join('\n')
}

/**
 * The keys of print pages: a hash of the environment, the page's path and
 * SHA-256, and the path and SHA-256 of every site file it loads
 * (stylesheets, their `url()`s such as web fonts, images, scripts), found
 * from its `href`/`src` attributes (see `printPageAssets`; `assetsOf` gives
 * them for pages kept on disk, whose bytes are then never read); a file it
 * names that the site lacks is keyed by its path.
 */
export function pdfKeys(environment: string, site: readonly OutputFile[], assetsOf: ReadonlyMap<string, readonly string[]> = new Map()) {
  const files = new Map(site.map((file) => [file.path, file]))
  const shaOf = new Map<string, string>()
  const fileSha = (file: OutputFile): string => {
    if ('from' in file) return file.sha256
    let known = shaOf.get(file.path)
    if (!known) shaOf.set(file.path, (known = sha256(file.content)))
    return known
  }
  const textOf = (file: OutputFile): string => text('from' in file ? readFileSync(file.from) : file.content)
  const digests = new Map<string, string>()
  const assetDigest = (name: string, seen: Set<string>): string => {
    const known = digests.get(name)
    if (known) return known
    const file = files.get(name)
    if (file === undefined) return hashOf('missing', name)
    seen.add(name)
    const nested = name.endsWith('.css') ? referenced(name, textOf(file), /url\(\s*(['"]?)([^'")]+)\1\s*\)/g).filter((f) => !seen.has(f)) : []
    const value = hashOf(name, fileSha(file), ...nested.map((f) => assetDigest(f, seen)))
    digests.set(name, value)
    return value
  }
  return (page: string): string => {
    const file = files.get(page)
    if (file === undefined) throw new Error(`No print page ${page} in the site`)
    const assets = assetsOf.get(page) ?? printPageAssets(page, textOf(file))
    return hashOf(environment, page, fileSha(file), ...assets.map((f) => assetDigest(f, new Set())))
  }
}

/** The site files a print page at `page` loads (sorted): every local `href`/`src` but pages, PDFs and folders. */
export function printPageAssets(page: string, content: string | Uint8Array): string[] {
  const found = referenced(page, text(content), /\s(?:href|src)=(["'])([^"']+)\1/g).filter((f) => !/\.(?:html|pdf)$/.test(f) && !f.endsWith('/'))
  return [...new Set(found)].sort()
}

/** Site paths of the local files `pattern` (URL in group 2) names in `source`, the file at `from`. */
function referenced(from: string, source: string, pattern: RegExp): string[] {
  const found: string[] = []
  for (const match of source.matchAll(pattern)) {
    const url = decodeEntities(match[2]!)
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url)) continue
    const bare = url.replace(/[?#].*$/, '')
    if (bare === '') continue
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(from), bare)).replace(/^\.\//, ''))
  }
  return found
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}

function text(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8')
}

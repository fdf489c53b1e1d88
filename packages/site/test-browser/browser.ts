import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {chromiumArgs, chromiumPath} from '../src/build/browser.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Debian's Chromium, launched headless; the tests fail plainly when it is missing. */
export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium fonts-noto-cjk poppler-utils (or set CHROMIUM_PATH)')
  return chromium.launch({executablePath, args: chromiumArgs})
}

/**
 * One Chromium for the tests of a file: launched before them, closed after.
 * Returns a getter, since the browser exists only once `beforeAll` ran.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser!
}

/** What a page did that it must not: console errors, page errors, requests off 127.0.0.1, dialogs. */
export interface Watch {
  problems: string[]
  dialogs: string[]
}

/**
 * A new page in a fresh context that records console errors, uncaught
 * errors and dialogs, and blocks (and records) every request that would
 * leave 127.0.0.1.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{page: Page; watch: Watch}> {
  const context = await browser.newContext(options)
  const watch: Watch = {problems: [], dialogs: []}
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.protocol === 'file:' || url.hostname === '127.0.0.1') return route.continue()
    watch.problems.push(`request off 127.0.0.1: ${url.href}`)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`))
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return {page, watch}
}

/** axe-core's violations on the current page (WCAG 2.1 A/AA and best practices). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource})
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe
    return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
  })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

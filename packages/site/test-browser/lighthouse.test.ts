import {launch as launchChrome, type LaunchedChrome} from 'chrome-launcher'
import lighthouse, {desktopConfig, type Result} from 'lighthouse'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {chromiumPath} from '../src/build/browser.js'

/** The pages Lighthouse scores: one of each kind a reader lands on. */
const pages: [string, string][] = [
  ['home', ''],
  ['full guide', 'llm-interview/1.0.0/'],
  ['level page', 'llm-interview/1.0.0/foundation/'],
  ['interview page', 'llm-interview/1.0.0/foundation/interview/'],
  ['search with results', 'llm-interview/next/search/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B'],
  ['debrief page', 'llm-interview/1.0.0/debrief/']
]

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const minimum = 0.95

/** The audits that cost a category points, for the failure message. */
function failing(result: Result, category: string): string[] {
  return (result.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score}): ${audit.displayValue ?? audit.title}`)
}

// Lighthouse's desktop preset (no mobile throttling, so it stays fast on a
// shared 2-core machine); one Chromium for every page.
describe('Lighthouse', () => {
  const siteUrl = inject('siteUrl')
  let chrome: LaunchedChrome

  beforeAll(async () => {
    const chromePath = chromiumPath()
    if (!chromePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)')
    chrome = await launchChrome({chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']})
  })
  afterAll(async () => {
    await chrome?.kill()
  })

  for (const [name, path] of pages) {
    it(`${name}: at least ${minimum} in ${categories.join(', ')}`, {timeout: 120_000}, async () => {
      const run = await lighthouse(`${siteUrl}${path}`, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories]}, desktopConfig)
      const result = run!.lhr
      expect(result.runtimeError?.message).toBeUndefined()
      const scores = Object.fromEntries(categories.map((c) => [c, result.categories[c]?.score ?? 0]))
      const below = categories.filter((c) => scores[c]! < minimum).map((c) => `${c} ${scores[c]}: ${failing(result, c).join('; ')}`)
      expect(below).toEqual([])
    })
  }
})

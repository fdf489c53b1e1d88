import {describe, expect, inject, it} from 'vitest'
import {axeViolations, openPage, useBrowser} from './browser.js'

/** One page of every type the site has. */
export const pageTypes: [string, string][] = [
  ['index of guides', ''],
  ['versions of a guide', 'llm-interview/'],
  ['full guide', 'llm-interview/1.0.0/'],
  ['level page', 'llm-interview/1.0.0/foundation/'],
  ['print document', 'llm-interview/1.0.0/print/'],
  ['level print document', 'llm-interview/next/research/print/'],
  ['run-sheet', 'llm-interview/1.0.0/runsheet/'],
  ['level scorecard', 'llm-interview/1.0.0/practical/scorecard/'],
  ['interview page', 'llm-interview/1.0.0/foundation/interview/'],
  ['full-guide interview page', 'llm-interview/next/interview/'],
  ['search with results', 'llm-interview/next/search/?q=%E6%B3%A8%E6%84%8F%E5%8A%9B'],
  ['diff page', 'llm-interview/next/diff/'],
  ['debrief page', 'llm-interview/1.0.0/debrief/'],
  ['latest redirect', 'llm-interview/latest/foundation/'],
  ['404 page', 'no/such/page/']
]

describe('every page type', () => {
  const siteUrl = inject('siteUrl')
  const browser = useBrowser()

  for (const [name, path] of pageTypes) {
    it(`${name}: loads without console errors or outside requests, and axe finds nothing`, async () => {
      const {page, watch} = await openPage(browser())
      const response = await page.goto(`${siteUrl}${path}`, {waitUntil: 'networkidle'})
      expect(response?.status()).toBe(name === '404 page' ? 404 : 200)
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
      expect(await axeViolations(page)).toEqual([])
      // Chromium logs the 404 status of the page itself as a console error.
      const expected = name === '404 page' ? ['console error: Failed to load resource: the server responded with a status of 404 (Not Found)'] : []
      expect(watch.problems).toEqual(expected)
      expect(watch.dialogs).toEqual([])
      await page.context().close()
    })
  }
})

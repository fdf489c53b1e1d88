import {describe, expect, inject, it} from 'vitest'
import {axeViolations, openPage, useBrowser} from './browser.js'

describe('search shows its work', () => {
  const siteUrl = inject('siteUrl')
  const browser = useBrowser()

  it('marks the matched terms in the snippets', async () => {
    const {page, watch} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/search/?q=${encodeURIComponent('量化')}`)
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0)
    const marks = await page.locator('#search-results li').first().locator('p mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(new Set(marks)).toEqual(new Set(['量化']))
    expect(await axeViolations(page)).toEqual([])
    expect(watch.problems).toEqual([])
  })

  it('finds KV Cache for kvcache, links to the element of the match and marks it there', async () => {
    const {page, watch} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/search/?q=kvcache`)
    const first = page.locator('#search-results li').first()
    await expect.poll(() => first.locator('a').textContent()).toMatch(/^3\.3 /)
    expect(await first.locator('mark').first().textContent()).toMatch(/^kv ?cache$/i)
    await first.locator('a').click()
    await page.waitForURL((url) => url.searchParams.get('hl') === 'kvcache')
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1))
    expect(id).not.toBe('sec-3.3')
    expect(await page.evaluate((target) => document.getElementById(target)?.closest('section.section')?.id, id)).toBe('sec-3.3')
    const landed = page.locator('.search-target')
    await expect.poll(() => landed.getAttribute('id')).toBe(id)
    expect((await landed.locator('mark').allTextContents()).map((t) => t.toLowerCase().replace(/\s/g, ''))).toContain('kvcache')
    // Only where the link lands.
    expect(await page.locator('main mark').count()).toBe(await landed.locator('mark').count())
    expect(await landed.isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    expect(watch.problems).toEqual([])
  })

  it('leaves the guide page alone without ?hl=', async () => {
    const {page} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/#sec-3.3`)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('mark, .search-target').count()).toBe(0)
  })
})

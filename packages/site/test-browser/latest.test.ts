import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, inject, it} from 'vitest'
import {openPage, useBrowser} from './browser.js'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const guideId = 'llm-interview'

const manifest = JSON.parse(readFileSync(path.join(siteDir, 'versions.json'), 'utf8')) as {guides: {id: string; latest: string}[]}
const latest = manifest.guides.find((g) => g.id === guideId)!.latest
const released = JSON.parse(readFileSync(path.join(siteDir, guideId, latest, 'guide.json'), 'utf8')) as {parts: {sections: {id: string; title: string}[]}[]}
// The last section of the last part: an anchor deep in the page, far from its top.
const section = released.parts.at(-1)!.sections.at(-1)!
const anchor = `#sec-${section.id}`

/** Every `latest/` redirect page of the built site, as a directory below the site root. */
const redirectDirs = readdirSync(path.join(siteDir, guideId, 'latest'), {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('index.html'))
  .map((file) => file.split(path.sep).join('/').slice(0, -'index.html'.length))

describe('latest/ redirects', () => {
  const browser = useBrowser()

  it(`keep the anchor: latest/${anchor} ends on ${latest}/${anchor}, scrolled to the section`, async () => {
    const {page, watch} = await openPage(browser())
    await page.goto(`${siteUrl}${guideId}/latest/${anchor}`)
    await page.waitForURL(`${siteUrl}${guideId}/${latest}/${anchor}`)
    const id = anchor.slice(1).replace(/\./g, '\\.')
    await expect.poll(() => page.locator(`#${id} h3`).isVisible()).toBe(true)
    await expect.poll(() => page.locator(`#${id}`).evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 50)).toBe(true)
    expect(watch.problems).toEqual([])
  })

  it('keep the query: latest/search/?q= ends on the latest version’s search for the same words, with results', async () => {
    const {page, watch} = await openPage(browser())
    const query = section.title
    await page.goto(`${siteUrl}${guideId}/latest/search/?q=${encodeURIComponent(query)}`)
    await page.waitForURL((url) => url.pathname === `/${guideId}/${latest}/search/` && url.searchParams.get('q') === query)
    expect(await page.locator('#search-input').inputValue()).toBe(query)
    await expect.poll(() => page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash))).toContain(anchor)
    expect(watch.problems).toEqual([])
  })

  it('keep both on every page kind, and never leave the site for a hostile query or anchor', async () => {
    expect(redirectDirs).toEqual(expect.arrayContaining(['', 'search/', 'print/', 'interview/']))
    const {page, watch} = await openPage(browser())
    const tail = '?from=%2F%2Felsewhere.example%2F#..%2F..%2Felsewhere'
    const landed: string[] = []
    for (const dir of redirectDirs) {
      await page.goto(`${siteUrl}${guideId}/latest/${dir}${tail}`)
      await page.waitForURL((url) => !url.pathname.includes('/latest/'))
      const url = new URL(page.url())
      landed.push(`${url.pathname}${url.search}${url.hash}`)
    }
    expect(landed).toEqual(redirectDirs.map((dir) => `/${guideId}/${latest}/${dir}${tail}`))
    expect(watch.problems).toEqual([])
  })

  it('still lead to the latest version without JavaScript (the meta refresh, which drops the anchor)', async () => {
    const {page, watch} = await openPage(browser(), {javaScriptEnabled: false})
    await page.goto(`${siteUrl}${guideId}/latest/${anchor}`)
    await page.waitForURL(`${siteUrl}${guideId}/${latest}/`)
    expect(watch.problems).toEqual([])
  })
})

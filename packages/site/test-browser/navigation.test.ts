import {describe, expect, inject, it} from 'vitest'
import {openPage, useBrowser} from './browser.js'

describe('reading the site', () => {
  const siteUrl = inject('siteUrl')
  const browser = useBrowser()

  it('follows the table of contents to a section anchor', async () => {
    const {page, watch} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/`)
    await page.getByRole('navigation', {name: '目录'}).getByRole('link', {name: /^3\.3 生成优化策略/}).click()
    expect(new URL(page.url()).hash).toBe('#sec-3.3')
    await expect.poll(() => page.locator('#sec-3\\.3 h3').isVisible()).toBe(true)
    const top = await page.locator('#sec-3\\.3').evaluate((el) => el.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(50)
    expect(watch.problems).toEqual([])
  })

  it('switches version and stays on the same page', async () => {
    const {page} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/practical/runsheet/`)
    await page.locator('.version-switcher summary').click()
    await page.locator('.version-switcher').getByRole('link', {name: /^next/}).click()
    expect(new URL(page.url()).pathname).toBe('/llm-interview/next/practical/runsheet/')
    await page.locator('.version-switcher summary').click()
    await page.locator('.version-switcher').getByRole('link', {name: /变化/}).click()
    expect(new URL(page.url()).pathname).toBe('/llm-interview/next/diff/')
    await expect.poll(() => page.getByText('长度外推的常见方法').count()).toBeGreaterThan(0)
  })

  it('opens each level page from the header, with its plan first', async () => {
    const {page} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/`)
    for (const label of ['基础型候选人', '实践型候选人', '研究型候选人']) {
      await page.locator('.page-nav').getByRole('link', {name: label}).click()
      expect(await page.locator('h1').textContent()).toContain(label)
      expect(await page.locator('main > section').first().getAttribute('id')).toBe('plan')
      await page.goBack()
    }
  })

  it('finds sections with Chinese and English queries', async () => {
    const {page, watch} = await openPage(browser())
    // [query, the section expected among the first 3 results]: results name their section first.
    const cases: [string, string][] = [
      ['注意力', '1.1'],
      ['量化', '3.1'],
      ['KV Cache', '3.3'],
      ['混合精度', '2.1'],
      ['张量并行', '1.2'],
      ['RLHF', '2.2'],
      ['位置编码', '1.1'],
      ['灰度发布', '4.2']
    ]
    await page.goto(`${siteUrl}llm-interview/1.0.0/`)
    await page.getByLabel('搜索本版本').fill('量化')
    await page.getByLabel('搜索本版本').press('Enter')
    await page.waitForURL(/\/search\/\?q=/)
    for (const [query, section] of cases) {
      await page.locator('#search-input').fill(query)
      await expect.poll(async () => (await page.locator('#search-results a').allTextContents()).slice(0, 3).map((title) => title.split(' ')[0])).toContain(section)
    }
    await page.locator('#search-results a').first().click()
    expect(new URL(page.url()).pathname).toBe('/llm-interview/1.0.0/')
    // The link opens the item or group of the match, inside its section.
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1))
    expect(await page.evaluate((id) => document.getElementById(id)?.closest('section.section')?.id, target)).toBe('sec-4.2')
    expect(watch.problems).toEqual([])
  })

  it('hides screen chrome when printing', async () => {
    const {page} = await openPage(browser())
    await page.goto(`${siteUrl}llm-interview/1.0.0/foundation/`)
    expect(await page.locator('.page-nav').isVisible()).toBe(true)
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('.page-nav').isVisible()).toBe(false)
    expect(await page.locator('.version-switcher').isVisible()).toBe(false)
    expect(await page.locator('.search-form').isVisible()).toBe(false)
  })

  it('follows the dark color scheme', async () => {
    const {page} = await openPage(browser(), {colorScheme: 'dark'})
    await page.goto(`${siteUrl}llm-interview/1.0.0/`)
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)!.map(Number)
    expect(r! + g! + b!).toBeLessThan(120)
  })

  it('fits a phone screen without sideways scrolling', async () => {
    const {page} = await openPage(browser(), {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true})
    for (const path of ['llm-interview/1.0.0/', 'llm-interview/1.0.0/foundation/', 'llm-interview/1.0.0/runsheet/', 'llm-interview/next/diff/']) {
      await page.goto(`${siteUrl}${path}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })
})

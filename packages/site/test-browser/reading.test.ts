import {describe, expect, inject, it} from 'vitest'
import {openPage, useBrowser} from './browser.js'

const phone = {viewport: {width: 390, height: 844}}
const wide = {viewport: {width: 1280, height: 900}}

describe('reading on a laptop and a phone', () => {
  const siteUrl = inject('siteUrl')
  const browser = useBrowser()

  it('keeps the header compact: well under the former 320 px (460 px on a phone)', async () => {
    for (const [options, limit] of [[wide, 160], [phone, 230]] as const) {
      const {page, watch} = await openPage(browser(), options)
      await page.goto(`${siteUrl}llm-interview/1.0.0/`)
      const height = await page.locator('.page-header').evaluate((el) => el.getBoundingClientRect().height)
      expect(height).toBeLessThanOrEqual(limit)
      expect(await page.locator('.nav-label').allTextContents()).toEqual(['级别：', '页面：'])
      expect(watch.problems).toEqual([])
      await page.context().close()
    }
  })

  it('folds the contents on a phone, opens them on a wide screen, and folds them again after a jump', async () => {
    const {page, watch} = await openPage(browser(), phone)
    await page.goto(`${siteUrl}llm-interview/1.0.0/foundation/`)
    const details = page.locator('.toc-details')
    await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false)
    await page.locator('.toc-details > summary').click()
    const link = page.locator('.toc a[href^="#sec-"]').first()
    const target = (await link.getAttribute('href'))!
    await link.click()
    expect(new URL(page.url()).hash).toBe(target)
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false)
    await page.setViewportSize(wide.viewport)
    await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true)
    expect(watch.problems).toEqual([])
    await page.context().close()
  })

  it('marks the section being read in the contents while scrolling', async () => {
    const {page, watch} = await openPage(browser(), wide)
    await page.goto(`${siteUrl}llm-interview/1.0.0/`)
    const ids = await page.locator('main section.section').evaluateAll((els) => els.map((el) => el.id))
    for (const id of [ids[3]!, ids.at(-2)!]) {
      await page.locator(`[id="${id}"] h3`).evaluate((el) => el.scrollIntoView({block: 'start'}))
      await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe(`#${id}`)
      expect(await page.locator('.toc a[aria-current]').count()).toBe(1)
    }
    expect(watch.problems).toEqual([])
    await page.context().close()
  })

  it('sets questions apart from topics with a visible label', async () => {
    const {page} = await openPage(browser(), wide)
    await page.goto(`${siteUrl}llm-interview/1.0.0/`)
    const questions = await page.locator('.item-question').count()
    expect(questions).toBeGreaterThan(0)
    expect(await page.locator('.item-question > .item-kind').count()).toBe(questions)
    // Topics are the plain items (no class): none has the label, and every label is a question's.
    expect(await page.locator('.items > li:not(.item-question) > .item-kind').count()).toBe(0)
    expect(await page.locator('.item-kind').count()).toBe(questions)
    // A question's text is set in a heavier weight than the topics around it.
    const weight = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontWeight)
    expect(await weight('.item-question')).toBe('500')
    expect(await weight('.items > li:not(.item-question)')).toBe('400')
    expect(await page.locator('.toc .question-count').count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it('leads from the print page back to the guide, a link that is not printed', async () => {
    const {page} = await openPage(browser(), wide)
    await page.goto(`${siteUrl}llm-interview/1.0.0/practical/print/`)
    const back = page.locator('.print-nav a')
    expect(await back.isVisible()).toBe(true)
    await page.emulateMedia({media: 'print'})
    expect(await back.isVisible()).toBe(false)
    await page.emulateMedia({media: 'screen'})
    await back.click()
    expect(new URL(page.url()).pathname).toBe('/llm-interview/1.0.0/practical/')
    await page.context().close()
  })

  it('says in words which diff lines were added and which removed', async () => {
    const {page} = await openPage(browser(), wide)
    await page.goto(`${siteUrl}llm-interview/next/diff/`)
    const added = page.locator('li.added')
    expect(await added.count()).toBeGreaterThan(0)
    for (const text of await added.allTextContents()) expect(text).toContain('新增')
    for (const text of await page.locator('li.removed').allTextContents()) expect(text).toContain('删除')
    await page.context().close()
  })

  it('explains each guide on the home page and links its levels and interview mode', async () => {
    const {page} = await openPage(browser(), wide)
    await page.goto(siteUrl)
    const card = page.locator('.guide-card').first()
    expect(await card.locator('.overview').count()).toBe(1)
    expect(await card.locator('.facts li').allTextContents()).toEqual([expect.stringContaining('1.0.0'), expect.stringMatching(/建议时长 \d+(-\d+)? 分钟/), expect.stringMatching(/\d+ 个部分，\d+ 个章节/)])
    expect(await card.locator('.guide-levels a').count()).toBeGreaterThan(0)
    expect(await card.getByRole('link', {name: '面试模式'}).count()).toBe(1)
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy()
    await page.context().close()
  })

  it('styles the 404 page at any depth without loading an asset', async () => {
    const {page, watch} = await openPage(browser(), wide)
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    const response = await page.goto(`${siteUrl}some/sub/path/that/is/missing/`)
    expect(response?.status()).toBe(404)
    expect(requests).toEqual(['/some/sub/path/that/is/missing/'])
    expect(await page.locator('.page-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid')
    expect(await page.locator('main a').getAttribute('href')).toBe('/')
    expect(watch.problems.filter((p) => !p.includes('status of 404'))).toEqual([])
    await page.context().close()
  })
})

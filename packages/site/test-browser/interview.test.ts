import {readFileSync} from 'node:fs'
import {describe, expect, inject, it} from 'vitest'
import type {Page} from 'playwright-core'
import {openPage, useBrowser} from './browser.js'

describe('interview mode', () => {
  const siteUrl = inject('siteUrl')
  const browser = useBrowser()

  it('runs an interview, keeps it across a reload, exports Markdown with the same total, and clears it', async () => {
    const {page, watch} = await openPage(browser(), {viewport: {width: 1024, height: 1366}})
    const url = `${siteUrl}llm-interview/1.0.0/foundation/interview/`
    await page.goto(url)
    await page.getByLabel('面试标签').fill('张三-一面')
    await page.getByLabel('面试标签').press('Enter')
    await page.getByLabel('候选人', {exact: true}).fill('张三')
    await page.getByRole('button', {name: '开始计时'}).click()
    await page.getByLabel('Self-Attention机制原理').check()
    await page.getByLabel('1.1 记录').fill('对 QKV 理解扎实')
    const scores: [RegExp, string][] = [
      [/基础理论掌握/, '4 良好'],
      [/工程实践能力/, '3 合格'],
      [/系统思维能力/, '5 优秀'],
      [/学习适应能力/, '2 较弱']
    ]
    for (const [criterion, score] of scores) await page.getByRole('group', {name: criterion}).getByLabel(score).check()
    await page.getByLabel('推荐', {exact: true}).check()
    // Weights 30/40/20/10 on a 1-5 scale: 24 + 24 + 20 + 4.
    await expect.poll(() => page.locator('#interview-total').textContent()).toBe('72.0')
    await page.getByRole('button', {name: '暂停计时'}).click()

    await page.reload()
    await expect.poll(() => page.getByLabel('候选人', {exact: true}).inputValue()).toBe('张三')
    expect(await page.getByLabel('Self-Attention机制原理').isChecked()).toBe(true)
    expect(await page.getByLabel('1.1 记录').inputValue()).toBe('对 QKV 理解扎实')
    expect(await page.getByRole('group', {name: /系统思维能力/}).getByLabel('5 优秀').isChecked()).toBe(true)
    expect(await page.locator('#interview-total').textContent()).toBe('72.0')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: '导出 Markdown'}).click()])
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toContain('张三')
    expect(markdown).toMatch(/\*\*72\.0\*\*/)

    await page.getByRole('button', {name: '清除本场面试'}).click()
    await page.getByRole('button', {name: '确认清除'}).click()
    await page.reload()
    expect(await page.getByLabel('候选人', {exact: true}).inputValue()).toBe('')
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('llm-interview:interview:')))
    expect(keys).toEqual([])
    expect(watch.problems).toEqual([])
  })

  it('continues a session in another browser from its JSON export, and refuses a file of another page', async () => {
    const url = `${siteUrl}llm-interview/1.0.0/practical/interview/`
    const first = await openPage(browser())
    await first.page.goto(url)
    await first.page.getByLabel('候选人', {exact: true}).fill('李雷')
    await first.page.getByRole('group', {name: /基础理论掌握/}).getByLabel('4 良好').check()
    await first.page.getByRole('group', {name: /工程实践能力/}).getByLabel('3 合格').check()
    // Two of four criteria: 24 + 24, labelled partial, with the count of the rest, in the sticky clock too.
    await expect.poll(() => first.page.locator('#interview-summary').textContent()).toBe('暂计 48.0（2 项未评分）')
    expect(await first.page.locator('#interview-total').textContent()).toBe('暂计 48.0')
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', {name: '导出 JSON'}).click()])
    const exported = readFileSync((await download.path())!, 'utf8')
    await first.page.context().close()

    const {page, watch} = await openPage(browser())
    await page.goto(url)
    const file = (name: string, text: string) => ({name, mimeType: 'application/json', buffer: Buffer.from(text)})
    await page.locator('#interview-import-file').setInputFiles(file('other.json', exported.replace('"level": "practical"', '"level": "research"')))
    await expect.poll(() => page.locator('#interview-status').textContent()).toBe('无法导入 other.json：它是 llm-interview@1.0.0/research 的记录，本页是 llm-interview@1.0.0/practical。请在对应的面试页面导入。')
    await page.locator('#interview-import-file').setInputFiles(file('broken.json', '{"format":'))
    await expect.poll(() => page.locator('#interview-status').textContent()).toBe('无法导入 broken.json：它不是 JSON 文件。')
    expect(await page.getByLabel('候选人', {exact: true}).inputValue()).toBe('')

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', {name: '导入 JSON'}).click()])
    await chooser.setFiles(file('session.json', exported))
    await expect.poll(() => page.getByLabel('候选人', {exact: true}).inputValue()).toBe('李雷')
    expect(await page.locator('#interview-status').textContent()).toMatch(/^已导入 session\.json：/)
    expect(await page.getByRole('group', {name: /工程实践能力/}).getByLabel('3 合格').isChecked()).toBe(true)
    expect(await page.locator('#interview-summary').textContent()).toBe('暂计 48.0（2 项未评分）')
    await page.reload()
    await expect.poll(() => page.getByLabel('候选人', {exact: true}).inputValue()).toBe('李雷')
    expect(watch.problems).toEqual([])
  })

  it('keeps the sticky clock off the section a phone jumps to, with the running total in view', async () => {
    const {page, watch} = await openPage(browser(), {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true})
    await page.goto(`${siteUrl}llm-interview/1.0.0/foundation/interview/`)
    await page.getByRole('group', {name: /系统思维能力/}).getByLabel('5 优秀').check()
    await page.goto(`${siteUrl}llm-interview/1.0.0/foundation/interview/#interview-sec-1.2`)
    await expect.poll(() => page.locator('#interview-clock').isVisible()).toBe(true)
    const clock = await page.locator('#interview-clock').boundingBox()
    const heading = await page.locator('#interview-sec-1\\.2 h3').first().boundingBox()
    expect(clock!.y).toBeGreaterThanOrEqual(0)
    expect(heading!.y).toBeGreaterThanOrEqual(clock!.y + clock!.height)
    expect(heading!.y).toBeLessThan(844 / 2)
    expect(await page.locator('#interview-summary').isVisible()).toBe(true)
    expect(await page.locator('#interview-summary').textContent()).toBe('暂计 20.0（3 项未评分）')
    expect(watch.problems).toEqual([])
  })

  it('shows the clock, the session controls and the section timers without moving anything (no layout shift)', async () => {
    const {page, watch} = await openPage(browser(), {viewport: {width: 1350, height: 940}})
    await page.goto(`${siteUrl}llm-interview/1.0.0/foundation/interview/`)
    await expect.poll(() => page.locator('#interview-controls').isVisible()).toBe(true)
    expect(await page.locator('.section-timer').first().isVisible()).toBe(true)
    expect(await layoutShift(page)).toBe(0)
    expect(watch.problems).toEqual([])
  })

  it('reads without JavaScript and says what needs it', async () => {
    const context = await browser().newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${siteUrl}llm-interview/1.0.0/research/interview/`)
    expect(await page.locator('noscript').count()).toBeGreaterThan(0)
    expect(await page.getByRole('group', {name: /工程实践能力/}).isVisible()).toBe(true)
    expect(await page.locator('#interview-controls').isVisible()).toBe(false)
    // What only the script can work is left out, taking no space (with JavaScript it is laid out from the start).
    for (const selector of ['#interview-controls', '#interview-clock', '.section-timer']) expect(await page.locator(selector).first().boundingBox(), selector).toBeNull()
    await context.close()
  })
})

/** The page's cumulative layout shift so far (the shifts without recent input, as Lighthouse counts them). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const entries: PerformanceEntry[] = []
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()))
    observer.observe({type: 'layout-shift', buffered: true})
    // Buffered entries arrive in a task of their own: wait for two frames, then take what is left.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    await new Promise((resolve) => setTimeout(resolve))
    entries.push(...observer.takeRecords())
    observer.disconnect()
    return (entries as (PerformanceEntry & {value: number; hadRecentInput: boolean})[]).filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0)
  })
}

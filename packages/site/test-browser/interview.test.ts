import {readFileSync} from 'node:fs'
import {describe, expect, inject, it} from 'vitest'
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

  it('reads without JavaScript and says what needs it', async () => {
    const context = await browser().newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(`${siteUrl}llm-interview/1.0.0/research/interview/`)
    expect(await page.locator('noscript').count()).toBeGreaterThan(0)
    expect(await page.getByRole('group', {name: /工程实践能力/}).isVisible()).toBe(true)
    expect(await page.locator('#interview-controls').isVisible()).toBe(false)
    await context.close()
  })
})

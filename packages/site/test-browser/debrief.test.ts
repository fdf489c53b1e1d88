import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {describe, expect, inject, it} from 'vitest'
import {axeViolations, openPage, useBrowser} from './browser.js'
import {guideOf} from './print-pages.js'

/** Runs one interview in its own browser context and returns its JSON export. */
async function interviewExport(browser: Browser, url: string, who: string, scores: [RegExp, string][], recommendation: string): Promise<string> {
  const {page, watch} = await openPage(browser)
  await page.goto(url)
  await page.getByLabel('面试标签').fill(`张三-${who}`)
  await page.getByLabel('面试标签').press('Enter')
  await page.getByLabel('候选人', {exact: true}).fill('张三')
  await page.getByLabel('面试官', {exact: true}).fill(who)
  for (const [criterion, score] of scores) await page.getByRole('group', {name: criterion}).getByLabel(score).check()
  await page.getByLabel(recommendation, {exact: true}).check()
  await page.getByLabel('总体评价').fill(`${who} 的总体评价`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: '导出 JSON'}).click()])
  const json = readFileSync((await download.path())!, 'utf8')
  expect(watch.problems).toEqual([])
  await page.context().close()
  return json
}

describe('panel debrief', () => {
  const siteUrl = inject('siteUrl')
  const browser = useBrowser()

  it("merges two interviewers' exports in the browser, flags a spread of 2, and refuses a file of another version", async () => {
    const a = await interviewExport(browser(), `${siteUrl}llm-interview/1.0.0/interview/`, '李四', [[/基础理论掌握/, '5 优秀'], [/工程实践能力/, '3 合格']], '推荐')
    const b = await interviewExport(browser(), `${siteUrl}llm-interview/1.0.0/foundation/interview/`, '王五', [[/基础理论掌握/, '3 合格'], [/工程实践能力/, '3 合格'], [/系统思维能力/, '4 良好'], [/学习适应能力/, '2 较弱']], '待定')

    const {page, watch} = await openPage(browser(), {viewport: {width: 1280, height: 900}})
    await page.goto(`${siteUrl}llm-interview/1.0.0/debrief/`)
    const files = [
      {name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(a)},
      {name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(b)}
    ]
    await page.getByLabel('面试 JSON 导出文件（可多选）').setInputFiles(files)
    await expect.poll(() => page.locator('#debrief-status').textContent()).toBe('已汇总 2 份面试记录。')
    const scores = page.getByRole('table', {name: '各维度得分'})
    expect(await scores.locator('thead th').allTextContents()).toEqual(['考核维度', '权重', '李四', '王五', '平均', '分差'])
    const flagged = scores.locator('tr.flagged')
    expect(await flagged.count()).toBe(1)
    expect(await flagged.locator('th').textContent()).toBe('基础理论掌握')
    expect(await flagged.locator('td').last().textContent()).toBe('2 分 · 需讨论')
    // 李四 scored two criteria of four: 30 + 24 = 54, partial. 王五: 18 + 24 + 16 + 4 = 62.
    const total = scores.locator('tbody tr').last()
    expect(await total.locator('td').allTextContents()).toEqual(['100%', '暂计 54.0', '62.0', expect.any(String), ''])
    const recommendations = page.getByRole('table', {name: '录用建议'})
    // The level by its label, as the guide names it (the export carries it).
    const label = guideOf(inject('siteDir'), path.join('llm-interview', '1.0.0')).levels.find((level) => level.id === 'foundation')!.label
    expect((JSON.parse(b) as {guide: {levelLabel: string}}).guide.levelLabel).toBe(label)
    expect(await recommendations.locator('tbody tr').nth(1).locator('td').allTextContents()).toEqual([label, '待定', '62.0'])
    await expect.poll(() => page.getByText('李四 的总体评价').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])

    const old = a.replace('"version": "1.0.0"', '"version": "next"')
    await page.getByLabel('面试 JSON 导出文件（可多选）').setInputFiles([files[1]!, {name: 'next.json', mimeType: 'application/json', buffer: Buffer.from(old)}])
    await expect.poll(() => page.locator('#debrief-status').textContent()).toBe('未汇总：以下文件不能合并，请更正后重新选择。')
    expect(await page.locator('#debrief-problems li').allTextContents()).toEqual(['next.json：属于 llm-interview@next，应为 llm-interview@1.0.0。'])
    expect(await page.locator('#debrief-report').textContent()).toBe('')
    expect(watch.problems).toEqual([])
  })
})

import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../test/run-cli.js'
import {openPage, useBrowser} from './browser.js'
import {serve} from './serve.js'

// Our own English outline (`lang: en`), built and served apart from the seed's site.
const fixture = new URL('../test/fixtures/english/sre-interview/', import.meta.url).pathname
const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/

describe('interview mode of an English guide', () => {
  const browser = useBrowser()
  let work: string
  let server: {url: string; close: () => Promise<void>}
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'llm-interview-browser-en-'))
    cpSync(fixture, path.join(work, 'content', 'sre-interview'), {recursive: true})
    const built = await runCli(['build', '--quiet', '--no-pdf', '--no-cache', '--content', path.join(work, 'content'), '--out', path.join(work, 'site')])
    expect(built.code, built.stderr).toBe(0)
    server = await serve(path.join(work, 'site'))
  })
  afterAll(async () => {
    await server?.close()
    rmSync(work, {recursive: true, force: true})
  })

  it('runs in English: labels, clock, scoring status, total and the Markdown export', async () => {
    const {page, watch} = await openPage(browser(), {viewport: {width: 1024, height: 1366}})
    await page.goto(`${server.url}sre-interview/next/associate/interview/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByLabel('Interview label').fill('Jane-1')
    await page.getByLabel('Interview label').press('Enter')
    await page.getByLabel('Candidate', {exact: true}).fill('Jane')
    await page.getByRole('button', {name: 'Start the clock'}).click()
    await page.getByLabel('What makes an alert actionable?').check()
    await page.getByLabel('Notes on 1.1').fill('Solid on golden signals')
    await page.getByRole('group', {name: /Technical depth/}).getByLabel('4 Good').check()
    // One of two criteria scored: the status says what is missing.
    await expect.poll(() => page.locator('#interview-missing').textContent()).toBe('1 still unscored')
    expect(await page.locator('#interview-total-line').textContent()).toMatch(/^Weighted total \(out of 100\): /)
    await page.getByRole('group', {name: /Communication/}).getByLabel('5 Excellent').check()
    // 4/5 × 60 + 5/5 × 40.
    await expect.poll(() => page.locator('#interview-total').textContent()).toBe('88.0')
    expect(await page.locator('#interview-missing').textContent()).toBe('All scored')
    await page.getByRole('button', {name: 'Pause the clock'}).click()
    const text = await page.locator('main').innerText()
    expect(cjk.exec(text)?.[0]).toBeUndefined()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export Markdown'}).click()])
    const markdown = readFileSync((await download.path())!, 'utf8')
    expect(markdown).toContain('# Interview record: Jane-1')
    expect(markdown).toContain('- Candidate: Jane')
    expect(markdown).toMatch(/\*\*88\.0\*\*/)
    expect(cjk.exec(markdown)?.[0]).toBeUndefined()
    expect(watch.problems).toEqual([])
  })
})

import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {stringsFor} from '@org/llm-interview-renderer'
import type {Guide} from '@org/llm-interview-schema'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {build} from '../src/build/build.js'
import {fixtureContentDir} from '../test/content.js'
import {openPage, useBrowser} from './browser.js'
import {fonts, guideOf, headings, itemTexts, pageCount, pageLines, printTo, shortItemChildren, sitePages, sitePdfs, size, squeeze} from './print-pages.js'
import {serve} from './serve.js'

const strings = stringsFor('zh-CN')
const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-print-'))
const fixtureSite = path.join(work, 'site')
const sites = {seed: inject('siteDir'), fixtures: fixtureSite}
let fixtureServer: Awaited<ReturnType<typeof serve>> | undefined

beforeAll(async () => {
  await build({contentDir: fixtureContentDir, outDir: fixtureSite, siteUrl: 'http://127.0.0.1/', pdf: 'always'})
  fixtureServer = await serve(fixtureSite)
})

afterAll(async () => {
  await fixtureServer?.close()
  rmSync(work, {recursive: true, force: true})
})

/** The page's lines without the running header and the page number. */
function body(lines: string[], guide: Guide): string[] {
  return lines.filter((line) => !line.startsWith(strings.print.pageCounter[0]) && !line.startsWith(guide.title))
}

describe.each(Object.entries(sites))('printing the %s site', (name, siteDir) => {
  const browser = useBrowser()

  it('prints every scorecard and run-sheet page, of the full guide and of each level, on one A4 sheet; the scorecard with the 1-5 scale', async () => {
    const {page} = await openPage(browser())
    const pages = [...sitePages(siteDir, 'scorecard'), ...sitePages(siteDir, 'runsheet')]
    expect(pages.length).toBeGreaterThanOrEqual(name === 'seed' ? 16 : 20)
    for (const [index, file] of pages.entries()) {
      await page.goto(pathToFileURL(path.join(siteDir, file)).href)
      const pdf = await printTo(page, path.join(work, `${name}-${index}.pdf`))
      expect(pageCount(pdf), file).toBe(1)
      expect(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'})).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
      const text = squeeze(pageLines(pdf).flat().join(''))
      const guide = guideOf(siteDir, file)
      if (file.includes('scorecard')) {
        for (const expected of [strings.interview.scale, ...strings.interview.scalePoints.map(([score, level]) => `${score} ${level}`), ...guide.rubric.map((c) => c.title), ...strings.scorecardDecisions]) {
          expect(text, file).toContain(squeeze(expected))
        }
      } else {
        expect(text).toContain(squeeze(strings.runSheetTotal))
      }
    }
  })

  it('makes PDFs with embedded TrueType fonts, no Type 3, each at most 500 KB, with searchable Chinese text', () => {
    const pdfs = sitePdfs(siteDir)
    expect(pdfs.length).toBeGreaterThanOrEqual(name === 'seed' ? 8 : 10)
    for (const pdf of pdfs) {
      const list = fonts(pdf)
      expect(list.length, pdf).toBeGreaterThan(0)
      expect(list.filter((line) => /Type 3/.test(line)), pdf).toEqual([])
      expect(list.every((line) => /CID TrueType\s+Identity-H\s+yes yes yes/.test(line)), pdf).toBe(true)
      const guide = guideOf(siteDir, path.relative(siteDir, pdf))
      const text = squeeze(pageLines(pdf).flat().join(''))
      expect(text).toContain(squeeze(guide.parts[0]!.sections[0]!.title))
      // The full guide's is the largest; a level's leaves sections out.
      expect(size(pdf), pdf).toBeLessThanOrEqual(500 * 1024)
    }
  })

  it('starts the full guide with content on page 1, names the level in level PDFs, ends with the whole scorecard on one page', () => {
    for (const pdf of sitePdfs(siteDir)) {
      const guide = guideOf(siteDir, path.relative(siteDir, pdf))
      const level = guide.levels.find((l) => path.basename(pdf) === `${guide.id}-${guide.version}-${l.id}.pdf`)
      const pages = pageLines(pdf)
      expect(pages[0]![0], pdf).toBe(strings.print.header(guide.title, strings.version(guide.version), level?.label))
      const first = squeeze(pages[0]!.join(''))
      if (level) expect(first).toContain(squeeze(strings.levelPlan))
      else expect(first).toContain(squeeze(`${guide.parts[0]!.sections[0]!.id}${guide.parts[0]!.sections[0]!.title}`))
      const last = squeeze(pages.at(-1)!.join(''))
      for (const text of [strings.scorecard, ...guide.rubric.map((c) => c.title), strings.scorecardOverall, strings.scorecardDecision]) expect(last, pdf).toContain(squeeze(text))
    }
  })

  it('keeps headings with their first items and short items with their sub-items', () => {
    for (const pdf of sitePdfs(siteDir)) {
      const guide = guideOf(siteDir, path.relative(siteDir, pdf))
      const titles = headings(guide)
      const children = shortItemChildren(guide)
      const items = itemTexts(guide)
      // What may follow a heading's title on its line: minutes, a role, a weight.
      const suffix = new RegExp(`^(?:\\d+(?:-\\d+)?${squeeze(strings.minutes(''))})?(?:${Object.values(strings.roles).join('|')})?(?:\\d+%)?$`)
      const isHeading = (line: string) => titles.some((title) => line.startsWith(title) && suffix.test(line.slice(title.length)))
      const pages = pageLines(pdf).map((lines) => body(lines, guide).map(squeeze))
      for (const [index, lines] of pages.entries()) {
        const [first, last] = [lines[0] ?? '', lines.at(-1) ?? '']
        if (index < pages.length - 1) expect(isHeading(last), `${pdf} page ${index + 1} ends with a heading: ${last}`).toBe(false)
        // A line that is a whole item of its own is that item; else it may be the first line of a wrapped sub-item.
        const starts = (child: string) => child === first || (first.length >= 4 && child.startsWith(first) && !items.has(first))
        if (index > 0) expect(children.filter(starts), `${pdf} page ${index + 1} starts with a sub-item: ${first}`).toEqual([])
      }
    }
  })

  it('prints only the filled scorecard of the interview page from its "print scorecard" button, on one sheet', async () => {
    const url = name === 'seed' ? inject('siteUrl') : fixtureServer!.url
    const {page, watch} = await openPage(browser())
    for (const [index, file] of sitePages(siteDir, 'interview').entries()) {
      const guide = guideOf(siteDir, file)
      await page.goto(`${url}${file.replace(/index\.html$/, '')}`)
      await page.locator('#interview-controls').waitFor()
      await page.fill('#interview-candidate', '测试候选人甲')
      await page.locator(`[id="criterion-${guide.rubric[0]!.id}"] input[value="4"]`).check()
      await page.fill('#interview-overall', '打印测试的总体评价')
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.className)
      })
      await page.getByRole('button', {name: strings.interview.printScorecard}).click()
      expect(await page.locator('html').getAttribute('data-printed')).toContain('print-scorecard')
      const pdf = await printTo(page, path.join(work, `${name}-interview-${index}.pdf`))
      expect(pageCount(pdf), file).toBe(1)
      const text = squeeze(pageLines(pdf).flat().join(''))
      for (const expected of ['测试候选人甲', '打印测试的总体评价', ...guide.rubric.map((c) => c.title)]) expect(text, file).toContain(squeeze(expected))
      expect(text).not.toContain(squeeze(strings.interview.plan))
      expect(text).not.toContain(squeeze(guide.parts[0]!.sections[0]!.objective.text))
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
      expect(await page.locator('html').getAttribute('class')).not.toContain('print-scorecard')
      await page.emulateMedia({media: 'screen'})
    }
    expect(watch.problems).toEqual([])
  })
})

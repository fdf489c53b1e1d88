import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {xssCorpus} from '../../renderer/test/xss-corpus.js'
import {writeRelease} from '../../../test-utils/release.js'
import {useBrowser} from './browser.js'
import type {JudgeOptions} from './judge.js'
import {serve} from './serve.js'
import {probeGuide, probeId, probeLevels} from './xss-guide.js'
import {armed, judgeOptions, visitor} from './visit.js'
import {headingLine, rawExpectations, rawGuide, textLine, urlLine} from './xss-rejections.js'

const root = new URL('../../../', import.meta.url).pathname
const bin = path.join(root, 'packages/site/bin/llm-interview.js')

async function run(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return promisify(execFile)(process.execPath, [bin, ...args], {cwd: root, maxBuffer: 20 * 1024 * 1024}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  )
}

/** The corpus without NUL, which Markdown cannot carry (`check` rejects it: see the raw expectations). */
const writable = xssCorpus.filter((payload) => !payload.includes('\0'))
const payloads = writable.map(armed)
const accepted = rawExpectations.filter(([, expected]) => expected.length === 0).map(([payload]) => payload)

function writeGuide(file: string, text: string) {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.split(path.sep).join('/').slice(0, -'index.html'.length))
    .sort()
}

describe('the XSS corpus, end to end', () => {
  const browser = useBrowser()
  const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-xss-'))
  const rawContent = path.join(work, 'raw')
  const siteContent = path.join(work, 'content')
  const siteDir = path.join(work, 'site')
  let site: {url: string; close: () => Promise<void>} | undefined
  let judge: JudgeOptions | undefined
  let probeCheck: ReturnType<typeof run> | undefined
  const {visit, close} = visitor(browser, () => judge!)

  beforeAll(async () => {
    xssCorpus.forEach((payload, index) => writeGuide(path.join(rawContent, `raw-${index}`, 'guide.md'), rawGuide(`raw-${index}`, payload)))
    // The site: the probe guide released as 1.0.0 and edited as next (so a diff page exists), plus the raw guides check accepts.
    writeRelease(path.join(siteContent, probeId), '1.0.0', probeGuide({payloads}))
    writeGuide(path.join(siteContent, probeId, 'guide.md'), probeGuide({payloads, edited: true}))
    accepted.forEach((payload, index) => writeGuide(path.join(siteContent, `accepted-${index}`, 'guide.md'), rawGuide(`accepted-${index}`, armed(payload))))
    site = await serve(siteDir)
    // The check of the probe guide runs beside the build (its own test reads it).
    probeCheck = run('check', path.join(siteContent, probeId), '--format', 'json')
    const built = await run('build', '--quiet', '--no-pdf', '--content', siteContent, '--out', siteDir, '--site-url', site.url)
    expect(built.stderr + built.stdout).toBe('')
    expect(built.code).toBe(0)
    judge = judgeOptions(siteDir, site.url)
  })

  afterAll(async () => {
    await close()
    await site?.close()
    rmSync(work, {recursive: true, force: true})
  })

  it('check rejects each payload written raw with its rule at its line, and accepts the rest', async () => {
    expect(rawExpectations.map(([payload]) => payload)).toEqual(xssCorpus)
    // The expectations name lines of the raw guide: the payload is on exactly those.
    const lines = rawGuide('x', 'PAYLOAD').split('\n')
    expect(lines.flatMap((line, index) => (line.includes('PAYLOAD') ? [index + 1] : []))).toEqual([headingLine, textLine, urlLine])
    const checked = await run('check', rawContent, '--format', 'json')
    expect(checked.code).toBe(1)
    // `messageEn`: the English text whatever the guide's language, for tools such as this one.
    const messages = JSON.parse(checked.stdout) as {file: string; line: number; ruleId: string; messageEn: string}[]
    const found = xssCorpus.map((_, index) =>
      messages
        .filter((m) => path.basename(path.dirname(m.file)) === `raw-${index}`)
        .map((m) => `${m.line} ${m.ruleId}${m.ruleId === 'unsafe-url' ? ` ${/scheme `([^`]*):`/.exec(m.messageEn)?.[1]}` : ''}`)
    )
    expect(xssCorpus.map((payload, index) => [payload, found[index]])).toEqual(rawExpectations)
  })

  it('check accepts the probe guide, which carries every payload', async () => {
    const checked = await probeCheck!
    expect(JSON.parse(checked.stdout)).toEqual([])
    expect(checked.code).toBe(0)
  })

  it('every page of the site (both versions, every level, diff, redirects, index, 404) runs nothing of the payloads', async () => {
    // The raw guides' redirects are the same pages as the probe guide's.
    const pages = [...htmlPages(siteDir).filter((dir) => !/^accepted-\d+\/latest\//.test(dir)), 'no/such/page/']
    // The kinds of pages the test must have seen; a build that stopped making one fails here.
    for (const version of ['1.0.0', 'next']) {
      for (const level of ['', ...probeLevels.map((id) => `${id}/`)]) {
        for (const kind of ['', 'print/', 'runsheet/', 'scorecard/', 'interview/']) expect(pages).toContain(`${probeId}/${version}/${level}${kind}`)
      }
      expect(pages).toContain(`${probeId}/${version}/search/`)
    }
    expect(pages).toEqual(expect.arrayContaining(['', `${probeId}/`, `${probeId}/next/diff/`, `${probeId}/latest/`, `${probeId}/latest/deep/interview/`, 'accepted-0/next/']))
    const failures: string[] = []
    for (const dir of pages) {
      const {findings, watch} = await visit(new URL(dir, site!.url).href)
      const problems = dir === 'no/such/page/' ? watch.problems.filter((p) => !p.includes('status of 404')) : watch.problems
      for (const finding of [...findings, ...watch.dialogs.map((d) => `dialog ${d}`), ...problems]) failures.push(`/${dir}: ${finding}`)
    }
    expect(failures).toEqual([])
  })

  it('the payloads reach the pages as text', async () => {
    const full = await visit(new URL(`${probeId}/next/`, site!.url).href)
    expect(payloads.filter((payload) => !full.text.includes(payload))).toEqual([])
    const diff = await visit(new URL(`${probeId}/next/diff/`, site!.url).href)
    expect(payloads.filter((payload) => !diff.text.includes(payload))).toEqual([])
    for (const [index, payload] of accepted.entries()) {
      const page = await visit(new URL(`accepted-${index}/next/`, site!.url).href)
      expect(page.text).toContain(armed(payload))
    }
  })

  it('the interview page keeps payloads typed into it, with payloads as record labels, as text after a reload', async () => {
    const url = new URL(`${probeId}/next/deep/interview/`, site!.url).href
    const fields = 'textarea, input[type="text"]:not(#interview-label)'
    const typing = await visit(url, {
      ready: async (page) => {
        // One saved record per payload, its label the payload; the last one has every field filled.
        for (const [index, payload] of payloads.entries()) {
          await page.fill('#interview-label', payload)
          await page.click('#interview-open')
          // A field saves the record as it changes (the script listens for input events).
          for (const field of index === payloads.length - 1 ? await page.locator(fields).all() : [page.locator('#interview-overall')]) await field.fill(payload)
        }
      }
    })
    let restored: string[] = []
    let labels: string[] = []
    const reloaded = await visit(url, {
      ready: async (page) => {
        restored = await page.locator(fields).evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value))
        labels = await page.locator('#interview-saved option').allTextContents()
      }
    })
    const last = payloads.at(-1)!
    expect(restored.length).toBeGreaterThan(2)
    expect(restored.filter((value) => value !== last)).toEqual([])
    // Labels are kept with whitespace collapsed, at most 80 characters (record.ts); some payloads then share one.
    expect(labels.sort()).toEqual([...new Set(payloads.map((p) => p.replace(/\s+/g, ' ').trim().slice(0, 80)))].sort())
    expect([...typing.findings, ...typing.watch.dialogs, ...reloaded.findings, ...reloaded.watch.dialogs, ...typing.watch.problems, ...reloaded.watch.problems]).toEqual([])
  })

  it('the search page runs nothing of a payload given as its query, and lists the results that hold it', async () => {
    const failures: string[] = []
    const nul = armed('java\u0000script:alert(1)')
    for (const query of [...payloads, nul]) {
      const url = new URL(`${probeId}/next/search/?q=${encodeURIComponent(query)}`, site!.url).href
      let results = 0
      const {findings, watch} = await visit(url, {
        ready: async (page) => {
          // The script has searched once the status line shows the result count or "no results".
          await page.waitForFunction(() => {
            const status = document.getElementById('search-status')?.textContent ?? ''
            return status !== '' && status !== document.getElementById('search-form')?.dataset['loading']
          })
          results = await page.locator('#search-results li').count()
        }
      })
      for (const finding of [...findings, ...watch.dialogs.map((d) => `dialog ${d}`), ...watch.problems]) failures.push(`${JSON.stringify(query)}: ${finding}`)
      if (query !== nul && results === 0) failures.push(`${JSON.stringify(query)}: no results`)
    }
    expect(failures).toEqual([])
  })
})

import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {chromiumPath} from '../src/build/browser.js'
import {runCli} from './run-cli.js'

// An English outline of our own (`lang: en`): its pages must say nothing in Chinese.
const fixture = new URL('fixtures/english/sre-interview/', import.meta.url).pathname
const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/
const chromium = chromiumPath()
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
})()

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.html')).map((name) => path.join(dir, name))
}

/** A content folder with the English guide released as 1.0.0 and edited since, so it has a diff page. */
async function englishContent(): Promise<string> {
  const content = mkdtempSync(path.join(tmpdir(), 'llm-interview-en-'))
  cpSync(fixture, path.join(content, 'sre-interview'), {recursive: true})
  const released = await runCli(['release', '1.0.0', '--content', content, '--guide', 'sre-interview'])
  expect(released.code, released.stderr).toBe(0)
  const guide = path.join(content, 'sre-interview', 'guide.md')
  writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), '- What makes an alert actionable?\n', '- What makes an alert actionable?\n- When would you page a human?\n'))
  return content
}

describe('an English guide', () => {
  let out: string
  let stderr: string
  beforeAll(async () => {
    const content = await englishContent()
    out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-en-site-')), 'site')
    const built = await runCli(['build', '--content', content, '--out', out, chromium && hasPdftotext ? '--pdf' : '--no-pdf', '--no-cache'])
    expect(built.code, built.stderr).toBe(0)
    stderr = built.stderr
  }, 180_000)

  it('has every page in English, with lang="en": guide, levels, run-sheets, scorecards, print, interview, search, diff, versions, home, 404', () => {
    const guidePages = htmlFiles(path.join(out, 'sre-interview'))
    const pages = [...guidePages, path.join(out, 'index.html'), path.join(out, '404.html')]
    const kinds = ['next/index.html', 'next/associate/index.html', 'next/runsheet/index.html', 'next/staff/scorecard/index.html', 'next/print/index.html', 'next/interview/index.html', 'next/search/index.html', 'next/diff/index.html']
    for (const kind of kinds) expect(guidePages.map((p) => path.relative(path.join(out, 'sre-interview'), p))).toContain(kind)
    for (const page of pages) {
      const html = readFileSync(page, 'utf8')
      expect(html, page).toMatch(/<html lang="en"/)
      expect(cjk.exec(html)?.[0], `${page}: ${html.slice(Math.max(0, (cjk.exec(html)?.index ?? 0) - 80), (cjk.exec(html)?.index ?? 0) + 40)}`).toBeUndefined()
    }
    const at = (p: string) => readFileSync(path.join(out, 'sre-interview', p), 'utf8')
    expect(at('next/index.html')).toContain('>Contents<')
    expect(at('next/runsheet/index.html')).toContain('Run-sheet')
    expect(at('next/scorecard/index.html')).toContain('Weighted total (out of 100)')
    expect(at('next/print/index.html')).toContain('"Page " counter(page) " of " counter(pages)')
    expect(at('next/search/index.html')).toContain('data-result-count="{n} results"')
    expect(at('next/diff/index.html')).toContain('Topics added')
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Candidate levels: ')
  })

  it('runs interview mode with English strings for its script', () => {
    const html = readFileSync(path.join(out, 'sre-interview', 'next', 'interview', 'index.html'), 'utf8')
    expect(html).toContain('Interview mode')
    const attribute = /data-strings="([^"]*)"/.exec(html)?.[1]
    expect(attribute).toBeDefined()
    const strings = JSON.parse(attribute!.replaceAll('&#x22;', '"').replaceAll('&quot;', '"').replaceAll('&#x26;', '&').replaceAll('&amp;', '&')) as Record<string, string>
    expect(strings.notStarted).toBe('Not started')
    expect(strings.total).toBe('Weighted total (out of 100)')
    expect(strings.separator).toBe(': ')
  })

  it.skipIf(!chromium || !hasPdftotext)('prints PDFs whose text is English: header, page numbers, run of the guide', () => {
    const pdf = path.join(out, 'sre-interview', 'next', 'print', 'sre-interview-next.pdf')
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'})
    expect(text).toMatch(/Page 1 of \d+/)
    expect(text).toContain('Site Reliability Engineer Interview Guide · Unreleased version')
    expect(text).toContain('Weighted score = score × weight ÷ 5')
    expect(cjk.exec(text)?.[0]).toBeUndefined()
  })

  it('warns at build when no catalogue has the guide\'s language, and uses English', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'llm-interview-fr-'))
    cpSync(fixture, path.join(content, 'sre-interview'), {recursive: true})
    const guide = path.join(content, 'sre-interview', 'guide.md')
    writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), 'lang: en\n', 'lang: fr\n'))
    const site = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-fr-site-')), 'site')
    const built = await runCli(['build', '--content', content, '--out', site, '--no-pdf', '--no-cache'])
    expect(built.code, built.stderr).toBe(0)
    expect(built.stderr).toMatch(/3:1-3:5\s+warning\s+Unexpected language `fr` for the pages' own text/)
    expect(built.stderr).toContain('unknown-lang')
    const page = readFileSync(path.join(site, 'sre-interview', 'next', 'index.html'), 'utf8')
    expect(page).toMatch(/<html lang="fr"/)
    expect(page).toContain('>Contents<')
    expect(cjk.test(page)).toBe(false)
  }, 120_000)

  it('has no build warnings of its own', () => {
    expect(stderr).not.toMatch(/warning/)
  })
})

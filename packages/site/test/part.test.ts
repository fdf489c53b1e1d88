import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy} from './content.js'
import {runCli} from './run-cli.js'

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, full), readFileSync(full).toString('base64'))
  }
  return files
}

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0)

describe('llm-interview part (a guide\'s turbo task) and the build joining the parts', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'llm-interview-part-'))
  const content = contentCopy()

  it('writes each guide\'s part, and a build then parses and renders nothing itself, publishing the same site', async () => {
    for (const guide of ['ml-platform', 'backend-interview']) {
      const result = await runCli(['part', '--no-pdf', '--content', content, '--guide', guide])
      expect(result.code, result.stderr).toBe(0)
      expect(entries(path.join(content, guide, 'dist', 'cache', 'render'))).toBe(2)
    }
    const cache = path.join(scratch, 'cache-1')
    expect((await runCli(['build', '--quiet', '--no-pdf', '--content', content, '--out', path.join(scratch, 'joined'), '--cache', cache])).code).toBe(0)
    expect(entries(path.join(cache, 'parse')) + entries(path.join(cache, 'render'))).toBe(0)
    expect((await runCli(['build', '--quiet', '--no-pdf', '--no-cache', '--content', content, '--out', path.join(scratch, 'fresh')])).code).toBe(0)
    const joined = snapshot(path.join(scratch, 'joined'))
    expect(joined.size).toBeGreaterThan(100)
    expect(joined).toEqual(snapshot(path.join(scratch, 'fresh')))
  }, 120_000)

  it('after an edit, redoes only what the edit changed, even from a stale part', async () => {
    const guide = path.join(content, 'backend-interview', 'guide.md')
    writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), '- HTTP/2 的多路复用是什么?', '- HTTP/3 为什么改用 QUIC?'))
    const cache = path.join(scratch, 'cache-2')
    expect((await runCli(['build', '--quiet', '--no-pdf', '--content', content, '--out', path.join(scratch, 'edited'), '--cache', cache])).code).toBe(0)
    // The edited guide.md alone: its parse and its `next` pages (1.0.0's pages are keyed by what they show, unchanged).
    expect([entries(path.join(cache, 'parse')), entries(path.join(cache, 'render'))]).toEqual([1, 1])
    expect((await runCli(['build', '--quiet', '--no-pdf', '--no-cache', '--content', content, '--out', path.join(scratch, 'edited-fresh')])).code).toBe(0)
    expect(snapshot(path.join(scratch, 'edited'))).toEqual(snapshot(path.join(scratch, 'edited-fresh')))
  }, 120_000)

  it('fails on an error in its guide, and names a guide the content folder lacks', async () => {
    const broken = contentCopy(['backend-interview'], {released: false, edit: {'backend-interview': (text) => replaceOnce(text, '### 1.1 网络协议 (15分钟)', '### 1.1 网络协议')}})
    const failed = await runCli(['part', '--no-pdf', '--content', broken, '--guide', 'backend-interview'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/Part of backend-interview failed: fix the errors above/)
    // In the guide's language, as `build` prints it; `--lang en` for English.
    expect(failed.stderr).toContain('26:1-26:13 error 小节标题 “1.1 网络协议” 缺少时长')
    const english = await runCli(['part', '--no-pdf', '--lang', 'en', '--content', broken, '--guide', 'backend-interview'])
    expect(english.stderr).toContain('Unexpected section heading without a duration')
    const missing = await runCli(['part', '--no-pdf', '--content', broken, '--guide', 'absent'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('Unexpected guide `absent` not in the content folder')
    expect((await runCli(['part', '--content', broken])).code).toBe(2)
  })
})

describe('a build joining parts after a one-guide edit', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'llm-interview-join-'))
  const content = contentCopy()
  const out = path.join(scratch, 'site')
  const join = (...extra: string[]) => runCli(['build', '--no-pdf', '--content', content, '--out', out, '--cache', path.join(scratch, 'cache'), ...extra])
  const part = (guide: string) => runCli(['part', '--no-pdf', '--content', content, '--guide', guide])
  const fresh = async (name: string) => {
    expect((await runCli(['build', '--quiet', '--no-pdf', '--no-cache', '--content', content, '--out', path.join(scratch, name)])).code).toBe(0)
    return snapshot(path.join(scratch, name))
  }
  const page = (guide: string) => path.join(out, guide, 'next', 'index.html')

  it('takes every guide from its part, keeps the unchanged guide’s files and writes only the edited one’s', async () => {
    for (const guide of ['ml-platform', 'backend-interview']) expect((await part(guide)).code).toBe(0)
    expect((await join('--quiet')).code).toBe(0)
    expect((await join('--quiet')).code).toBe(0)
    const guide = path.join(content, 'backend-interview', 'guide.md')
    writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), '- HTTP/2 的多路复用是什么?', '- HTTP/3 为什么改用 QUIC?'))
    expect((await part('backend-interview')).code).toBe(0)
    const unchanged = statSync(page('ml-platform')).ino
    const edited = statSync(page('backend-interview')).ino
    const result = await join()
    expect(result.code, result.stderr).toBe(0)
    // Nothing parsed or rendered by the join itself: both guides came from their parts.
    expect(entries(path.join(scratch, 'cache', 'parse')) + entries(path.join(scratch, 'cache', 'render'))).toBe(0)
    const [, written, kept] = /\((\d+) written, (\d+) unchanged\)/.exec(result.stderr) ?? []
    const mlFiles = [...snapshot(out).keys()].filter((file) => file.startsWith('ml-platform/')).length
    expect(Number(kept)).toBeGreaterThan(mlFiles)
    expect(Number(written)).toBeGreaterThan(0)
    expect(Number(written)).toBeLessThan(snapshot(out).size - mlFiles)
    expect(statSync(page('ml-platform')).ino).toBe(unchanged)
    expect(statSync(page('backend-interview')).ino).not.toBe(edited)
    expect(readFileSync(page('backend-interview'), 'utf8')).toContain('HTTP/3 为什么改用 QUIC?')
    expect(snapshot(out)).toEqual(await fresh('fresh-1'))
  }, 120_000)

  it('reports the warnings of guides taken from their parts as a build of the sources does', async () => {
    const joined = await join()
    const direct = await runCli(['build', '--no-pdf', '--no-cache', '--all', '--content', content, '--out', path.join(scratch, 'direct')])
    const all = await join('--all')
    const warnings = (text: string) => text.split('\n').filter((line) => /warning|警告/.test(line))
    expect(warnings(all.stderr).length).toBeGreaterThan(0)
    expect(warnings(all.stderr)).toEqual(warnings(direct.stderr))
    expect(warnings(joined.stderr).length).toBeGreaterThan(0)
  }, 120_000)

  it('renders a guide itself when its part is stale or a file of it was changed on disk', async () => {
    const guide = path.join(content, 'ml-platform', 'guide.md')
    writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), '# 机器学习平台工程师面试大纲\n', '# 机器学习平台工程师面试大纲 二\n'))
    expect((await join('--quiet')).code).toBe(0)
    expect(readFileSync(page('ml-platform'), 'utf8')).toContain(' 二')
    expect(snapshot(out)).toEqual(await fresh('fresh-2'))
    // A part made for these sources, then one of its files changed: the join notices and renders the guide.
    expect((await part('ml-platform')).code).toBe(0)
    const record = JSON.parse(readFileSync(path.join(content, 'ml-platform', 'dist', 'part', 'part.json'), 'utf8')) as {files: {path: string}[]}
    const tampered = record.files.find((file) => file.path.endsWith('next/index.html'))!.path
    writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), '# 机器学习平台工程师面试大纲 二\n', '# 机器学习平台工程师面试大纲 三\n'))
    expect((await part('ml-platform')).code).toBe(0)
    writeFileSync(path.join(content, 'ml-platform', 'dist', 'part', 'site', tampered), '<p>not what the part recorded</p>')
    expect((await join('--quiet')).code).toBe(0)
    expect(readFileSync(page('ml-platform'), 'utf8')).toContain(' 三')
    expect(snapshot(out)).toEqual(await fresh('fresh-3'))
    // Its task run again (same sources) writes the changed file anew rather than keeping it.
    expect((await part('ml-platform')).code).toBe(0)
    expect(readFileSync(path.join(content, 'ml-platform', 'dist', 'part', 'site', tampered), 'utf8')).toBe(readFileSync(path.join(out, tampered), 'utf8'))
  }, 120_000)

  it('takes no part whose record names a file outside its guide\'s folder of the site', async () => {
    expect((await part('ml-platform')).code).toBe(0)
    const recordFile = path.join(content, 'ml-platform', 'dist', 'part', 'part.json')
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as {files: {path: string; sha256: string; size: number}[]}
    const page = record.files.find((file) => file.path.endsWith('next/index.html'))!
    const sitePage = path.join(content, 'ml-platform', 'dist', 'part', 'site', page.path)
    for (const outside of ['index.html', 'backend-interview/next/index.html', 'ml-platform/../index.html', 'ml-platform//next/index.html']) {
      // Bytes of its own, so that only the path can keep the part from being taken.
      writeFileSync(recordFile, JSON.stringify({...record, files: [...record.files, {...page, path: outside}]}) + '\n')
      expect((await join('--quiet')).code, outside).toBe(0)
      expect(snapshot(out), outside).toEqual(await fresh(`fresh-outside-${outside.replaceAll('/', '_')}`))
    }
    expect(readFileSync(sitePage, 'utf8')).toBe(readFileSync(path.join(out, page.path), 'utf8'))
  }, 120_000)
})

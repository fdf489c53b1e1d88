import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
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
    const missing = await runCli(['part', '--no-pdf', '--content', broken, '--guide', 'absent'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('Unexpected guide `absent` not in the content folder')
    expect((await runCli(['part', '--content', broken])).code).toBe(2)
  })
})

import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {main, type Io} from '@org/llm-interview-site'
import {beforeAll, describe, expect, it} from 'vitest'
import {brokenLinks, htmlFiles} from './link-check.js'

const seed = readFileSync(new URL('../../../content/llm-interview/guide.md', import.meta.url), 'utf8')

async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: Io = {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false}
  return {code: await main(argv, io), stdout, stderr}
}

/** A content folder: the seed released as 1.0.0 and a `next` with known edits. */
function content(next: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-content-'))
  mkdirSync(path.join(dir, 'llm-interview', 'versions'), {recursive: true})
  writeFileSync(path.join(dir, 'llm-interview', 'versions', '1.0.0.md'), seed)
  writeFileSync(path.join(dir, 'llm-interview', 'guide.md'), next(seed))
  return dir
}

const edits = (text: string) =>
  text
    .replace('  - 为什么需要scaled dot-product attention', '  - 为什么注意力需要除以 √d_k（scaled dot-product）')
    .replace('  - ALiBi等新型位置编码方案\n', '  - ALiBi等新型位置编码方案\n  - 长度外推的常见方法\n')
    .replace('  - 动态剪枝的实现方法\n', '')

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = path.join(rel, entry.name)
      if (entry.isDirectory()) walk(child)
      else files.set(child, readFileSync(path.join(dir, child)).toString('base64'))
    }
  }
  walk('')
  return files
}

describe('llm-interview build', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-site-')), 'site')
  let result: Awaited<ReturnType<typeof run>>

  beforeAll(async () => {
    result = await run('build', '--no-pdf', '--content', content(edits), '--out', out, '--site-url', 'https://guides.example.org/interview/')
  }, 120_000)

  it('builds every version with every page', () => {
    expect(result.code, result.stderr).toBe(0)
    for (const version of ['1.0.0', 'next']) {
      for (const page of ['', 'foundation/', 'practical/', 'research/', 'print/', 'runsheet/', 'scorecard/', 'research/print/', 'search/']) {
        expect(existsSync(path.join(out, 'llm-interview', version, page, 'index.html')), `${version}/${page}`).toBe(true)
      }
      expect(JSON.parse(readFileSync(path.join(out, 'llm-interview', version, 'guide.json'), 'utf8')).version).toBe(version)
    }
    for (const file of ['index.html', '404.html', 'sitemap.xml', 'versions.json', 'schema/guide.schema.json', 'assets/guide.css', 'llm-interview/index.html', 'llm-interview/latest/index.html', 'llm-interview/latest/foundation/index.html']) {
      expect(existsSync(path.join(out, file)), file).toBe(true)
    }
  })

  it('prints each stage with its time and the totals', () => {
    expect(result.stderr).toMatch(/load \+ check\s+\d+ ms/)
    expect(result.stderr).toMatch(/Built \d+ pages, \d+ files, \d+ KiB/)
  })

  it('leaves no broken internal link or anchor', () => {
    expect(brokenLinks(out, '/interview/').slice(0, 10)).toEqual([])
  })

  it('marks every page with the guide language', () => {
    for (const page of htmlFiles(out)) expect(readFileSync(path.join(out, page), 'utf8'), page).toContain('<html lang="zh-CN">')
  })

  it('points latest at the newest release and lists versions in the manifest', () => {
    expect(readFileSync(path.join(out, 'llm-interview/latest/foundation/index.html'), 'utf8')).toContain('url=../../1.0.0/foundation/')
    const manifest = JSON.parse(readFileSync(path.join(out, 'versions.json'), 'utf8'))
    expect(manifest.guides[0]).toMatchObject({id: 'llm-interview', latest: '1.0.0'})
    expect(manifest.guides[0].versions.map((v: {version: string}) => v.version)).toEqual(['1.0.0', 'next'])
  })

  it('keeps the reader on the same page when switching versions', () => {
    const page = readFileSync(path.join(out, 'llm-interview/1.0.0/practical/runsheet/index.html'), 'utf8')
    expect(page).toContain('href="../../../next/practical/runsheet/"')
    expect(page).toContain('class="version-switcher"')
  })

  it('writes a diff page listing the changes to the previous version', () => {
    const page = readFileSync(path.join(out, 'llm-interview/next/diff/index.html'), 'utf8')
    expect(page).toContain('长度外推的常见方法')
    expect(page).toContain('为什么注意力需要除以 √d_k（scaled dot-product）')
    expect(page).toContain('动态剪枝的实现方法')
    expect(existsSync(path.join(out, 'llm-interview/1.0.0/diff'))).toBe(false)
  })

  it('writes a sitemap of absolute page URLs', () => {
    const xml = readFileSync(path.join(out, 'sitemap.xml'), 'utf8')
    expect(xml).toContain('<loc>https://guides.example.org/interview/llm-interview/1.0.0/foundation/</loc>')
    expect(xml).not.toContain('/latest/')
    expect(readFileSync(path.join(out, '404.html'), 'utf8')).toContain('href="/interview/assets/guide.css"')
  })

  it('is deterministic: two builds of the same input are byte-identical', async () => {
    const dir = content(edits)
    const a = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-a-')), 'site')
    const b = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-b-')), 'site')
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', a)).code).toBe(0)
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', b)).code).toBe(0)
    expect(snapshot(a)).toEqual(snapshot(b))
  }, 120_000)

  it('gives the same bytes from a cold cache, a warm cache and no cache', async () => {
    const dir = content(edits)
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'llm-interview-cache-'))
    const outs = ['cold', 'warm', 'none'].map((name) => path.join(mkdtempSync(path.join(tmpdir(), `llm-interview-${name}-`)), 'site'))
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', outs[0]!, '--cache', cacheDir)).code).toBe(0)
    expect(readdirSync(path.join(cacheDir, 'parse'))).toHaveLength(2)
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', outs[1]!, '--cache', cacheDir)).code).toBe(0)
    expect(readdirSync(path.join(cacheDir, 'parse'))).toHaveLength(2)
    expect((await run('build', '--quiet', '--no-pdf', '--no-cache', '--content', dir, '--out', outs[2]!)).code).toBe(0)
    expect(snapshot(outs[1]!)).toEqual(snapshot(outs[0]!))
    expect(snapshot(outs[2]!)).toEqual(snapshot(outs[0]!))
    // An edit of next adds one parse; the release's stays.
    writeFileSync(path.join(dir, 'llm-interview', 'guide.md'), edits(seed).replace('RoPE', 'RoPE 旋转位置编码'))
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', outs[1]!, '--cache', cacheDir)).code).toBe(0)
    expect(readdirSync(path.join(cacheDir, 'parse'))).toHaveLength(3)
    expect(readFileSync(path.join(outs[1]!, 'llm-interview/next/index.html'), 'utf8')).toContain('RoPE 旋转位置编码')
  }, 120_000)

  it('reports the warnings of cached sources too', async () => {
    const dir = content()
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'llm-interview-cache-'))
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-warn-')), 'site')
    const first = await run('build', '--no-pdf', '--content', dir, '--out', out, '--cache', cacheDir)
    const second = await run('build', '--no-pdf', '--content', dir, '--out', out, '--cache', cacheDir)
    const warnings = (text: string) => text.split('\n').filter((line) => line.includes('total-duration')).length
    expect(warnings(first.stderr)).toBe(2)
    expect(warnings(second.stderr)).toBe(2)
  }, 120_000)

  it('is atomic: a failed build exits 1 and leaves the previous site untouched', async () => {
    const dir = content()
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-atomic-')), 'site')
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', target)).code).toBe(0)
    const before = snapshot(target)
    writeFileSync(path.join(dir, 'llm-interview', 'guide.md'), seed.replace('### 1.2 大模型规模化原理 (8分钟)', '### 1.2 大模型规模化原理'))
    const failed = await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', target)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/error\s+Unexpected section heading without a duration/)
    expect(failed.stderr).toContain('was left as it was')
    expect(snapshot(target)).toEqual(before)
    expect(readdirSync(path.dirname(target))).toEqual(['site'])
  }, 120_000)
})

describe('llm-interview release', () => {
  it('freezes guide.md as the new version', async () => {
    const dir = content(edits)
    const released = await run('release', '1.1.0', '--content', dir)
    expect(released.code, released.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'llm-interview/versions/1.1.0.md'), 'utf8')).toBe(edits(seed))
    expect((await run('diff', '1.0.0', 'latest', '--content', dir, '--format', 'json')).code).toBe(0)
  })

  it('refuses to overwrite a release, to go backwards, or to release errors', async () => {
    const dir = content()
    expect(await run('release', '1.0.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('already released')})
    expect(await run('release', '0.9.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('does not follow the latest release 1.0.0')})
    expect(await run('release', 'v2', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('expected x.y.z')})
    writeFileSync(path.join(dir, 'llm-interview', 'guide.md'), '')
    expect(await run('release', '2.0.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('has errors')})
    expect(readdirSync(path.join(dir, 'llm-interview', 'versions'))).toEqual(['1.0.0.md'])
  })
})

describe('llm-interview diff', () => {
  it('compares latest with next and refuses unknown versions', async () => {
    const dir = content(edits)
    const text = await run('diff', 'latest', 'next', '--content', dir)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('长度外推的常见方法')
    expect((await run('diff', 'latest', '9.9.9', '--content', dir)).code).toBe(2)
    const md = await run('diff', 'latest', 'next', '--content', dir, '--format', 'md')
    expect(md.stdout).toMatch(/^#/m)
  })
})


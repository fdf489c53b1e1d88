import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, fixtureText} from './content.js'
import {brokenLinks, htmlFiles} from './link-check.js'
import {runCli} from './run-cli.js'

const run = (...argv: string[]) => runCli(argv)

// The fixtures' `next` differ from their 1.0.0 by known edits: in
// ml-platform, one topic reworded (流水线气泡从何而来？), one added
// (前缀缓存在多轮对话中的命中条件), one removed (多租户集群的配额设计) and
// 3.2 lengthened; in backend-interview, one topic added (缓存穿透与缓存雪崩有什么区别？).
const mlPlatform = () => contentCopy(['ml-platform'])

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
    result = await run('build', '--no-pdf', '--content', contentCopy(), '--out', out, '--site-url', 'https://guides.example.org/interview/')
  }, 120_000)

  it('builds every version of every guide with every page', () => {
    expect(result.code, result.stderr).toBe(0)
    const levels = {'ml-platform': ['intern', 'engineer', 'lead'], 'backend-interview': ['junior', 'senior']}
    for (const [guide, ids] of Object.entries(levels)) {
      for (const version of ['1.0.0', 'next']) {
        for (const page of ['', ...ids.flatMap((id) => [`${id}/`, `${id}/print/`, `${id}/runsheet/`, `${id}/interview/`]), 'print/', 'runsheet/', 'scorecard/', 'interview/', 'search/', 'debrief/']) {
          expect(existsSync(path.join(out, guide, version, page, 'index.html')), `${guide}/${version}/${page}`).toBe(true)
        }
        expect(JSON.parse(readFileSync(path.join(out, guide, version, 'guide.json'), 'utf8'))).toMatchObject({id: guide, version})
      }
      expect(existsSync(path.join(out, guide, 'latest', ids[0]!, 'index.html')), `${guide}/latest/${ids[0]}/`).toBe(true)
    }
    for (const file of ['index.html', '404.html', 'sitemap.xml', 'versions.json', 'schema/guide.schema.json', 'schema/front-matter.schema.json', 'assets/guide.css', 'ml-platform/index.html', 'ml-platform/latest/index.html', 'backend-interview/index.html']) {
      expect(existsSync(path.join(out, file)), file).toBe(true)
    }
  })

  it("gives every version a debrief page for that version, linked from each interview page, and its scripts", () => {
    for (const guide of ['ml-platform', 'backend-interview']) {
      for (const version of ['1.0.0', 'next']) {
        const page = readFileSync(path.join(out, guide, version, 'debrief', 'index.html'), 'utf8')
        expect(page).toContain(`data-guide="${guide}"`)
        expect(page).toContain(`data-version="${version}"`)
        expect(page).toContain('<input id="debrief-files" type="file" multiple accept=".json, application/json">')
        expect(page).toContain('<script type="module" src="../../../assets/debrief/browser.js"></script>')
        expect(readFileSync(path.join(out, guide, version, 'interview', 'index.html'), 'utf8')).toContain('<a href="../debrief/">')
        const level = readdirSync(path.join(out, guide, version)).find((dir) => existsSync(path.join(out, guide, version, dir, 'interview')))!
        expect(readFileSync(path.join(out, guide, version, level, 'interview', 'index.html'), 'utf8')).toContain('<a href="../../debrief/">')
      }
      expect(existsSync(path.join(out, guide, 'latest', 'debrief', 'index.html'))).toBe(true)
    }
    // The page script's imports are all shipped, those of ../interview/ included.
    for (const name of ['browser.js', 'merge.js', 'report.js']) {
      const module = readFileSync(path.join(out, 'assets', 'debrief', name), 'utf8')
      expect(module, `${name} imports only relative modules`).not.toMatch(/from '[^.]/)
      for (const [, target] of module.matchAll(/from '(\.{1,2}\/[\w/-]+\.js)'/g)) expect(existsSync(path.join(out, 'assets', 'debrief', target!)), `${name} imports ${target}`).toBe(true)
    }
  })

  it('prints each stage with its time and the totals', () => {
    for (const stage of ['load \\+ check', 'render', 'assets', 'write']) expect(result.stderr).toMatch(new RegExp(`^  ${stage}\\s+\\d+ ms$`, 'm'))
    expect(result.stderr).toMatch(/Built \d+ pages, \d+ files, \d+ KiB/)
  })

  // Parses every page of the site: give it more than the default 5 s on a busy machine.
  it('leaves no broken internal link or anchor', () => {
    expect(brokenLinks(out, '/interview/').slice(0, 10)).toEqual([])
  }, 60_000)

  it('marks every page with the guide language', () => {
    for (const page of htmlFiles(out)) expect(readFileSync(path.join(out, page), 'utf8'), page).toContain('<html lang="zh-CN">')
  })

  it('points latest at the newest release and lists guides and versions in the manifest', () => {
    expect(readFileSync(path.join(out, 'ml-platform/latest/intern/index.html'), 'utf8')).toContain('url=../../1.0.0/intern/')
    const manifest = JSON.parse(readFileSync(path.join(out, 'versions.json'), 'utf8')) as {guides: {id: string; latest: string; versions: {version: string}[]}[]}
    expect(manifest.guides.map((g) => [g.id, g.latest, g.versions.map((v) => v.version)])).toEqual([
      ['backend-interview', '1.0.0', ['1.0.0', 'next']],
      ['ml-platform', '1.0.0', ['1.0.0', 'next']]
    ])
  })

  it('keeps the reader on the same page when switching versions', () => {
    const page = readFileSync(path.join(out, 'ml-platform/1.0.0/engineer/runsheet/index.html'), 'utf8')
    expect(page).toContain('href="../../../next/engineer/runsheet/"')
    expect(page).toContain('class="version-switcher"')
  })

  it('writes a diff page listing the changes to the previous version', () => {
    const page = readFileSync(path.join(out, 'ml-platform/next/diff/index.html'), 'utf8')
    expect(page).toContain('前缀缓存在多轮对话中的命中条件')
    expect(page).toContain('流水线气泡从何而来？')
    expect(page).toContain('流水线并行的气泡从何而来，如何减小？')
    expect(page).toContain('多租户集群的配额设计')
    expect(readFileSync(path.join(out, 'backend-interview/next/diff/index.html'), 'utf8')).toContain('缓存穿透与缓存雪崩有什么区别？')
    expect(existsSync(path.join(out, 'ml-platform/1.0.0/diff'))).toBe(false)
  })

  it('writes a sitemap of absolute page URLs', () => {
    const xml = readFileSync(path.join(out, 'sitemap.xml'), 'utf8')
    expect(xml).toContain('<loc>https://guides.example.org/interview/ml-platform/1.0.0/intern/</loc>')
    expect(xml).toContain('<loc>https://guides.example.org/interview/backend-interview/next/senior/</loc>')
    expect(xml).not.toContain('/latest/')
    // Served at any depth: no asset links (the stylesheet is embedded); home is the site URL's path.
    const notFound = readFileSync(path.join(out, '404.html'), 'utf8')
    expect(notFound).not.toMatch(/(href|src)="[^"#]*assets\//)
    expect(notFound).toContain('<style>')
    expect(notFound).toContain('href="/interview/"')
  })

  it('is deterministic: two builds of the same input are byte-identical', async () => {
    const dir = contentCopy()
    const a = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-a-')), 'site')
    const b = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-b-')), 'site')
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', a)).code).toBe(0)
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', b)).code).toBe(0)
    expect(snapshot(a)).toEqual(snapshot(b))
  }, 120_000)

  it('gives the same bytes from a cold cache, a warm cache and no cache', async () => {
    const dir = mlPlatform()
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
    writeFileSync(path.join(dir, 'ml-platform', 'guide.md'), replaceOnce(fixtureText('ml-platform'), '- Beam Search 与 Top-p', '- Beam Search（束搜索）与 Top-p'))
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', outs[1]!, '--cache', cacheDir)).code).toBe(0)
    expect(readdirSync(path.join(cacheDir, 'parse'))).toHaveLength(3)
    expect(readFileSync(path.join(outs[1]!, 'ml-platform/next/index.html'), 'utf8')).toContain('Beam Search（束搜索）与 Top-p')
  }, 120_000)

  it('reports the warnings of cached sources too', async () => {
    const dir = mlPlatform()
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'llm-interview-cache-'))
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-warn-')), 'site')
    // --all: one of the two warnings is in the released version.
    const first = await run('build', '--no-pdf', '--all', '--content', dir, '--out', out, '--cache', cacheDir)
    const second = await run('build', '--no-pdf', '--all', '--content', dir, '--out', out, '--cache', cacheDir)
    const warnings = (text: string) => text.split('\n').filter((line) => line.includes('total-duration')).length
    expect(warnings(first.stderr)).toBe(2)
    expect(warnings(second.stderr)).toBe(2)
  }, 120_000)

  it('is atomic: a failed build exits 1 and leaves the previous site untouched', async () => {
    const dir = mlPlatform()
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-atomic-')), 'site')
    expect((await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', target)).code).toBe(0)
    const before = snapshot(target)
    writeFileSync(path.join(dir, 'ml-platform', 'guide.md'), replaceOnce(fixtureText('ml-platform'), '### 1.2 数据管线 (10分钟)', '### 1.2 数据管线'))
    const failed = await run('build', '--quiet', '--no-pdf', '--content', dir, '--out', target)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/error\s+小节标题 “1\.2 数据管线” 缺少时长，应为 “### 1\.2 数据管线 \(N分钟\)”/)
    expect(failed.stderr).toContain('was left as it was')
    expect(snapshot(target)).toEqual(before)
    // Nothing left beside it but the folder of its one build.
    expect(readdirSync(path.dirname(target)).sort()).toEqual(['.site.builds', 'site'])
    expect(readdirSync(path.join(path.dirname(target), '.site.builds'))).toHaveLength(1)
  }, 120_000)
})

describe('llm-interview release', () => {
  it('freezes guide.md as the new version', async () => {
    const dir = mlPlatform()
    const released = await run('release', '1.1.0', '--content', dir)
    expect(released.code, released.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'ml-platform/versions/1.1.0.md'), 'utf8')).toBe(fixtureText('ml-platform'))
    expect((await run('diff', '1.0.0', 'latest', '--content', dir, '--format', 'json')).code).toBe(0)
  })

  it('refuses to overwrite a release, to go backwards, or to release errors', async () => {
    const dir = mlPlatform()
    // In the guide's language (zh-CN), a malformed version included; English for a guide without `lang`.
    expect(await run('release', '1.0.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('版本 1.0.0 已经发布')})
    expect(await run('release', '0.9.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('版本 0.9.0 不高于最新发布的版本 1.0.0')})
    expect(await run('release', 'v2', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('应为不带前导零的 x.y.z')})
    writeFileSync(path.join(dir, 'ml-platform', 'guide.md'), '')
    expect(await run('release', '2.0.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('has errors')})
    expect(readdirSync(path.join(dir, 'ml-platform', 'versions')).sort()).toEqual(['1.0.0.md', 'checksums.json'])
  })
})

describe('llm-interview diff', () => {
  it('compares latest with next and refuses unknown versions', async () => {
    const dir = mlPlatform()
    const text = await run('diff', 'latest', 'next', '--content', dir)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('前缀缓存在多轮对话中的命中条件')
    expect((await run('diff', 'latest', '9.9.9', '--content', dir)).code).toBe(2)
    const md = await run('diff', 'latest', 'next', '--content', dir, '--format', 'md')
    expect(md.stdout).toMatch(/^#/m)
  })
})


import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {createIndex, search} from '../src/search/index.js'
import type {SearchIndexFile} from '../src/search/index-file.js'
import {brokenLinks} from './link-check.js'
import {runCli} from './run-cli.js'

const outlines = new URL('fixtures/outlines/', import.meta.url).pathname

const run = (...argv: string[]) => runCli(argv)

async function ok(...argv: string[]) {
  const result = await run(...argv)
  expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/**
 * A repository with three guides made by `new` from our own outlines:
 * `backend` never released (and linking to files, one missing), `analyst`
 * released twice with more edits since, `frontend` released once and
 * unchanged since.
 */
async function threeGuides(): Promise<{root: string; content: string}> {
  const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-three-'))
  const content = path.join(root, 'content')
  mkdirSync(content)
  for (const [id, name] of [['backend', 'backend-levels'], ['analyst', 'analyst-no-levels'], ['frontend', 'frontend-duration']]) {
    await ok('new', id!, '--from', path.join(outlines, `${name}.md`), '--content', content)
  }
  mkdirSync(path.join(content, 'backend', 'notes'))
  writeFileSync(path.join(content, 'backend', 'notes', '接口规范.md'), '# 接口规范\n\n- 所有写接口接受幂等键。\n')
  writeFileSync(path.join(content, 'backend', 'notes', 'errors.md'), '# 错误码\n\n## 重试\n')
  const edit = (id: string, from: string, to: string) => {
    const file = path.join(content, id, 'guide.md')
    const text = readFileSync(file, 'utf8')
    expect(text).toContain(from)
    writeFileSync(file, text.replace(from, to))
  }
  await ok('release', '1.0.0', '--guide', 'analyst', '--content', content)
  edit('analyst', '- 缺失值应该删除还是填补？', '- 缺失值应该删除、填补还是保留？')
  await ok('release', '1.1.0', '--guide', 'analyst', '--content', content)
  edit('analyst', '  - 累计求和的写法\n', '  - 累计求和的写法\n  - 移动平均的写法\n')
  await ok('release', '1.0.0', '--guide', 'frontend', '--content', content)
  return {root, content}
}

describe('one site from three guides', () => {
  let content: string
  let out: string
  let built: Awaited<ReturnType<typeof run>>

  beforeAll(async () => {
    ;({content} = await threeGuides())
    out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-three-site-')), 'site')
    built = await run('build', '--no-pdf', '--no-cache', '--content', content, '--out', out)
  }, 120_000)

  const documentsOf = (file: string) => (JSON.parse(readFileSync(path.join(out, file), 'utf8')) as SearchIndexFile).documents

  // The link check parses every page of the site: more than vitest's default 5 s on a busy machine.
  it('builds, with no broken internal link', () => {
    expect(built.code, built.stderr).toBe(0)
    expect(brokenLinks(out)).toEqual([])
  }, 30_000)

  it('lists every guide on the home page with its overview, latest version, levels and interview mode', () => {
    const home = readFileSync(path.join(out, 'index.html'), 'utf8')
    for (const [id, title, latest] of [
      ['analyst', '数据分析师面试大纲', '1.1.0（最新）'],
      ['backend', '后端服务开发工程师面试大纲', 'next（未发布）'],
      ['frontend', '前端开发工程师面试大纲', '1.0.0（最新）']
    ]) {
      expect(home).toContain(`<a href="${id}/latest/">${title}</a>`)
      expect(home).toContain(latest)
      expect(home).toContain(`href="${id}/latest/interview/"`)
    }
    expect(home).toContain('本大纲考察候选人用数据回答业务问题的能力')
    expect(home).toContain('<a href="backend/latest/level-2/">中级工程师</a>')
    expect(home).toContain('<a href="frontend/latest/level-1/">校招候选人</a>')
  })

  it('has diff pages for every version after a release', () => {
    for (const page of ['analyst/1.1.0/diff/', 'analyst/next/diff/', 'frontend/next/diff/']) expect(existsSync(path.join(out, page, 'index.html')), page).toBe(true)
    expect(existsSync(path.join(out, 'backend/next/diff'))).toBe(false)
    expect(readFileSync(path.join(out, 'analyst/next/diff/index.html'), 'utf8')).toContain('移动平均的写法')
  })

  it('indexes code blocks, each hit opening its item', () => {
    const list = documentsOf('analyst/1.1.0/search-index.json')
    const code = list.find((d) => d.text.includes('PARTITION BY city'))
    expect(code).toMatchObject({id: expect.stringMatching(/^t-1\.1-/), title: '1.1 SQL 能力 · 代码阅读', href: expect.stringMatching(/^\.\/#t-1\.1-/)})
    const [first] = search(createIndex(list), 'PARTITION BY')
    expect(first?.id).toBe(code!.id)
    const page = readFileSync(path.join(out, 'analyst/1.1.0/index.html'), 'utf8')
    expect(page).toContain(`id="${code!.id}"`)
    expect(search(createIndex(documentsOf('backend/next/search-index.json')), 'c.store')[0]?.href).toMatch(/^\.\/#t-1\.2-/)
  })

  it('publishes the files relative links point at, and shows a missing one as text with a positioned warning', () => {
    const published = path.join(out, 'backend/next/files/content/backend/notes/接口规范.md')
    expect(readFileSync(published, 'utf8')).toContain('幂等键')
    const page = readFileSync(path.join(out, 'backend/next/index.html'), 'utf8')
    expect(page).toContain('href="files/content/backend/notes/%E6%8E%A5%E5%8F%A3%E8%A7%84%E8%8C%83.md"')
    expect(page).toContain('href="files/content/backend/notes/errors.md#重试"')
    const level = readFileSync(path.join(out, 'backend/next/level-1/print/index.html'), 'utf8')
    expect(level).toContain('href="../../files/content/backend/notes/errors.md#重试"')
    expect(page).toContain('旧的分库方案已经下线')
    expect(page).not.toContain('sharding.md')
    const source = readFileSync(path.join(content, 'backend', 'guide.md'), 'utf8').split('\n')
    const line = source.findIndex((l) => l.includes('sharding.md')) + 1
    expect(built.stderr).toMatch(new RegExp(`${line}:\\d+(-\\d+:\\d+)?\\s+warning\\s+链接 “\\.\\./\\.\\./archive/sharding\\.md” 无法发布（文件不存在）`))
    expect(built.stderr).toContain('link-target')
  })

  it('treats links in headings as links in text: published, or text with a warning at the heading', () => {
    const page = readFileSync(path.join(out, 'backend/next/index.html'), 'utf8')
    expect(page).toMatch(/<h4><a href="files\/content\/backend\/notes\/errors\.md">协议选择<\/a><\/h4>/)
    expect(page).toContain('<h4>并发控制</h4>')
    expect(page).not.toContain('concurrency.md')
    const source = readFileSync(path.join(content, 'backend', 'guide.md'), 'utf8').split('\n')
    const line = source.findIndex((l) => l.includes('concurrency.md')) + 1
    expect(built.stderr).toMatch(new RegExp(`${line}:\\d+(-\\d+:\\d+)?\\s+warning\\s+链接 “notes/concurrency\\.md” 无法发布（文件不存在）`))
  })
})

describe('llm-interview diff over several guides', () => {
  let content: string
  beforeAll(async () => {
    ;({content} = await threeGuides())
  }, 60_000)

  it('reports, without --guide, every guide that has changes, and guides not released yet as new', async () => {
    const text = await ok('diff', 'latest', 'next', '--content', content)
    expect(text.stdout).toContain('数据分析师面试大纲 · ')
    expect(text.stdout).toContain('移动平均的写法')
    expect(text.stdout).toContain('后端服务开发工程师面试大纲 · 新大纲（尚未发布）\n3 个部分，5 个章节，计划总时长 45 分钟')
    expect(text.stdout).not.toContain('前端开发工程师面试大纲')
    const json = JSON.parse((await ok('diff', 'latest', 'next', '--format', 'json', '--content', content)).stdout) as {guides: {id: string; released: boolean; diff: {summary: {changes: number}}}[]}
    expect(json.guides.map((g) => [g.id, g.released])).toEqual([
      ['analyst', true],
      ['backend', false]
    ])
    expect(json.guides[0]!.diff.summary.changes).toBeGreaterThan(0)
  })

  it('runs the diff step of the CI workflow', async () => {
    const md = await ok('diff', 'latest', 'next', '--format', 'md', '--content', content)
    expect(md.stdout).toMatch(/^## 数据分析师面试大纲 · .+\n\n\*\*.+\*\*/)
    expect(md.stdout).toContain('\n\n## 后端服务开发工程师面试大纲 · 新大纲（尚未发布）\n\n**3 个部分，5 个章节，计划总时长 45 分钟**\n')
  })

  it('compares released versions of the guides that have them, and says which it left out', async () => {
    const result = await ok('diff', '1.0.0', '1.1.0', '--content', content)
    expect(result.stdout).toContain('缺失值应该删除、填补还是保留？')
    expect(result.stderr).toContain('left out: backend has no version `1.0.0`, `1.1.0`')
    expect(result.stderr).toContain('left out: frontend has no version `1.1.0`')
    expect(await run('diff', '2.0.0', 'next', '--content', content)).toMatchObject({code: 2, stderr: expect.stringContaining('unknown version')})
  })

  it('still compares one guide with --guide, changed or not', async () => {
    const result = await ok('diff', 'latest', 'next', '--guide', 'frontend', '--content', content)
    expect(result.stdout).not.toContain('前端开发工程师面试大纲 · ')
    expect((await run('diff', 'latest', 'next', '--guide', 'nope', '--content', content)).code).toBe(2)
    expect((await run('diff', '1.1.0', 'next', '--guide', 'frontend', '--content', content)).code).toBe(2)
  })

  it('shows every guide compared, unchanged, when none has changes', async () => {
    const result = await ok('diff', '1.0.0', '1.0.0', '--content', content)
    for (const title of ['数据分析师面试大纲', '前端开发工程师面试大纲']) expect(result.stdout).toContain(`${title} · `)
    expect(result.stdout).not.toContain('后端服务开发工程师面试大纲')
  })
})

import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from '@org/llm-interview-parser'
import type {Guide} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'

const outlines = new URL('fixtures/outlines/', import.meta.url)
const outline = (name: string) => path.join(outlines.pathname, `${name}.md`)

const run = (...argv: string[]) => runCli(argv)

/** A repository root with an empty content folder; with a lockfile when asked. */
function repository(lockfile?: object): {root: string; content: string} {
  const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-new-'))
  const content = path.join(root, 'content')
  mkdirSync(content)
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({name: 'guides', private: true, workspaces: ['packages/*', 'content/*']}, null, 2))
  if (lockfile) writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(lockfile, null, 2) + '\n')
  return {root, content}
}

function guideIn(content: string, id: string): {text: string; guide: Guide} {
  const text = readFileSync(path.join(content, id, 'guide.md'), 'utf8')
  const {guide, messages} = parse(text, {path: `${id}/guide.md`})
  expect(guide, messages.map(String).join('\n')).toBeDefined()
  return {text, guide: guide!}
}

const sectionsOf = (guide: Guide) => guide.parts.flatMap((p) => p.sections)

describe('llm-interview new --from', () => {
  it('keeps the body, and plans every level of the advice with every section, core, at its minutes', async () => {
    const {content} = repository()
    const result = await run('new', 'backend', '--from', outline('backend-levels'), '--content', content)
    expect(result.code, result.stderr).toBe(0)
    const {text, guide} = guideIn(content, 'backend')
    expect(text.endsWith(readFileSync(outline('backend-levels'), 'utf8'))).toBe(true)
    expect(text.startsWith('---\n')).toBe(true)
    expect(guide).toMatchObject({id: 'backend', lang: 'zh-CN', title: '后端服务开发工程师面试大纲'})
    expect(guide.levels.map((l) => [l.id, l.label])).toEqual([
      ['level-1', '初级工程师'],
      ['level-2', '中级工程师'],
      ['level-3', '高级工程师']
    ])
    const sections = sectionsOf(guide)
    for (const level of guide.levels) {
      expect(level.focus.text).not.toBe('')
      expect(level.plan.map((e) => [e.section, e.role, e.minutes])).toEqual(sections.map((s) => [s.id, 'core', s.duration.max]))
    }
    // No duration stated: the parts' total, and the output says so.
    expect(guide.duration).toEqual({min: 45, max: 45})
    expect(result.stdout).toMatch(/duration：45（大纲没有说明时长/)
    expect(result.stdout).toContain('level-1: 初级工程师')
    expect(JSON.parse(readFileSync(path.join(content, 'backend', 'package.json'), 'utf8'))).toMatchObject({name: '@org/guide-backend', version: '0.0.0', private: true, scripts: {build: 'llm-interview part --content .. --guide backend'}})
    // The guide's turbo task: after the site package's build, every file of the folder its input, its part the output.
    expect(JSON.parse(readFileSync(path.join(content, 'backend', 'turbo.json'), 'utf8'))).toMatchObject({extends: ['//'], tasks: {build: {dependsOn: ['@org/llm-interview-site#build'], outputs: ['dist/**']}}})
    expect(readFileSync(path.join(content, 'backend', 'turbo.json'), 'utf8')).toBe(readFileSync(new URL('../../../content/llm-interview/turbo.json', import.meta.url), 'utf8'))
    expect(await run('check', path.join(content, 'backend'))).toMatchObject({code: 0})
  })

  it('writes no levels when the advice lists none', async () => {
    const {content} = repository()
    expect((await run('new', 'analyst', '--from', outline('analyst-no-levels'), '--content', content)).code).toBe(0)
    const {guide} = guideIn(content, 'analyst')
    expect(guide.levels).toEqual([])
    expect(guide.duration).toEqual({min: 35, max: 35})
  })

  it('takes the duration the closing note states, and scales the plans down to fit it', async () => {
    const {content} = repository()
    const result = await run('new', 'frontend', '--from', outline('frontend-duration'), '--content', content)
    expect(result.code, result.stderr).toBe(0)
    const {guide} = guideIn(content, 'frontend')
    expect(guide.duration).toEqual({min: 60, max: 90})
    expect(result.stdout).toMatch(/duration：60-90（取自结语第 \d+ 行的说明）/)
    expect(result.stdout).toContain('因此按比例缩短')
    const sections = sectionsOf(guide)
    expect(sections.reduce((n, s) => n + s.duration.max, 0)).toBeGreaterThan(90)
    for (const level of guide.levels) {
      expect(level.plan.map((e) => e.section)).toEqual(sections.map((s) => s.id))
      expect(level.plan.reduce((n, e) => n + e.minutes, 0)).toBe(90)
      level.plan.forEach((entry, i) => {
        expect(entry.minutes).toBeGreaterThan(0)
        expect(entry.minutes).toBeLessThanOrEqual(sections[i]!.duration.max)
      })
    }
  })
})

describe('llm-interview new without --from', () => {
  it('writes a skeleton that passes the check', async () => {
    const {content} = repository()
    const result = await run('new', 'platform', '--title', '平台工程面试大纲', '--content', content)
    expect(result.code, result.stderr).toBe(0)
    const {guide} = guideIn(content, 'platform')
    expect(guide.title).toBe('平台工程面试大纲')
    // The advice lists two levels: a level list needs two or more entries to be told from tips.
    expect(guide.levels.map((l) => l.label)).toEqual(['入门候选人', '资深候选人'])
    expect(await run('check', content)).toMatchObject({code: 0})
  })

  it('says what it did, and refuses, in the language of the guide it makes', async () => {
    const {content} = repository()
    const zh = await run('new', 'analyst', '--from', outline('analyst-no-levels'), '--content', content)
    expect(zh.code, zh.stderr).toBe(0)
    expect(zh.stdout).toMatch(/^已创建 .*analyst\/（大纲 “analyst”，/)
    expect(zh.stdout).toContain('levels：无')
    const en = await run('new', 'analyst-en', '--from', outline('analyst-no-levels'), '--lang', 'en', '--content', content)
    expect(en.code, en.stderr).toBe(0)
    expect(en.stdout).toMatch(/^Created .*analyst-en\/ \(guide `analyst-en`, /)
    expect(en.stdout).toContain('levels: none')
    expect(en.stdout).toContain('\nFront matter:\n')
    // The comments of the front matter it writes too.
    expect(guideIn(content, 'analyst').text).toMatch(/^---\n# 大纲元数据，由 `llm-interview new` 写入。/)
    expect(guideIn(content, 'analyst-en').text).toMatch(/^---\n# Guide metadata, written by `llm-interview new`\./)
    expect(zh.stdout).toContain('\n前置元数据：\n')
    expect(await run('new', 'analyst', '--lang', 'en', '--content', content)).toMatchObject({code: 1, stderr: expect.stringMatching(/^llm-interview new: Unexpected existing `[^`]*analyst`, expected a new guide id\n  Choose another id/)})
  })

  it('refuses --title with --from', async () => {
    const {content} = repository()
    expect((await run('new', 'x', '--from', outline('backend-levels'), '--title', 'T', '--content', content)).code).toBe(2)
    expect(readdirSync(content)).toEqual([])
  })
})

describe('llm-interview new refuses, writing nothing', () => {
  it('an existing or invalid id', async () => {
    const {content} = repository()
    expect((await run('new', 'backend', '--from', outline('backend-levels'), '--content', content)).code).toBe(0)
    const before = readFileSync(path.join(content, 'backend', 'guide.md'), 'utf8')
    const again = await run('new', 'backend', '--from', outline('analyst-no-levels'), '--content', content)
    expect(again).toMatchObject({code: 1, stderr: expect.stringContaining('已经存在，应为新的大纲 id')})
    expect(readFileSync(path.join(content, 'backend', 'guide.md'), 'utf8')).toBe(before)
    for (const id of ['Backend', '1st', 'a_b', 'assets', 'schema']) {
      expect(await run('new', id, '--content', content), id).toMatchObject({code: 1, stderr: expect.stringMatching(new RegExp(`^llm-interview new: 大纲 id “${id}” .*\n  修改建议：`))})
    }
    expect(await run('new', 'other', '--lang', 'zh CN', '--content', content)).toMatchObject({code: 1, stderr: expect.stringContaining('Unexpected language `zh CN`')})
    expect(readdirSync(content)).toEqual(['backend'])
  })

  it('an outline that does not parse, with messages at its own lines', async () => {
    const {content, root} = repository()
    const broken = path.join(root, 'broken.md')
    const lines = readFileSync(outline('analyst-no-levels'), 'utf8').split('\n')
    const at = lines.indexOf('### 1.2 数据质量 (5分钟)')
    lines[at] = '### 1.2 数据质量'
    writeFileSync(broken, lines.join('\n'))
    const result = await run('new', 'analyst', '--from', broken, '--content', content)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${at + 1}:1`)
    expect(result.stderr).toMatch(/error\s+小节标题 “1\.2 数据质量” 缺少时长/)
    expect(result.stderr).toContain('没有写入任何内容')
    expect(readdirSync(content)).toEqual([])
  })

  it('an outline with front matter, an empty one and a missing one', async () => {
    const {content, root} = repository()
    const fronted = path.join(root, 'fronted.md')
    writeFileSync(fronted, `---\nid: x\n---\n${readFileSync(outline('analyst-no-levels'), 'utf8')}`)
    expect(await run('new', 'a', '--from', fronted, '--content', content)).toMatchObject({code: 1, stderr: expect.stringMatching(/1:1\s+error\s+大纲中已有前置元数据，应只有大纲正文\s+front-matter/)})
    const empty = path.join(root, 'empty.md')
    writeFileSync(empty, '')
    expect(await run('new', 'a', '--from', empty, '--content', content)).toMatchObject({code: 1, stderr: expect.stringContaining('文件为空')})
    expect(await run('new', 'a', '--from', path.join(root, 'nowhere.md'), '--content', content)).toMatchObject({code: 1, stderr: expect.stringContaining('文件不存在，应为大纲文件')})
    expect(readdirSync(content)).toEqual([])
  })

  it('when the lockfile cannot be read', async () => {
    const {content, root} = repository()
    writeFileSync(path.join(root, 'package-lock.json'), '{ not json')
    expect(await run('new', 'a', '--content', content)).toMatchObject({code: 1, stderr: expect.stringContaining('无法读取 package-lock.json')})
    expect(readdirSync(content)).toEqual([])
    expect(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).toBe('{ not json')
  })
})

describe('llm-interview new and package-lock.json', () => {
  it('links the new workspace package where npm install puts it', async () => {
    const lock = {
      name: 'guides',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': {name: 'guides', workspaces: ['packages/*', 'content/*']},
        'content/zeta': {name: '@org/guide-zeta', version: '1.0.0'},
        'node_modules/@org/guide-zeta': {resolved: 'content/zeta', link: true},
        'node_modules/@org/tool': {resolved: 'packages/tool', link: true},
        'node_modules/zod': {version: '4.0.0'},
        'packages/tool': {name: '@org/tool', version: '0.1.0'}
      }
    }
    const {content, root} = repository(lock)
    const result = await run('new', 'alpha', '--content', content)
    expect(result.code, result.stderr).toBe(0)
    const text = readFileSync(path.join(root, 'package-lock.json'), 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    const written = JSON.parse(text) as typeof lock
    expect(Object.keys(written.packages)).toEqual([
      '',
      'content/alpha',
      'content/zeta',
      'node_modules/@org/guide-alpha',
      'node_modules/@org/guide-zeta',
      'node_modules/@org/tool',
      'node_modules/zod',
      'packages/tool'
    ])
    expect(written.packages).toMatchObject({
      'content/alpha': {name: '@org/guide-alpha', version: '0.0.0'},
      'node_modules/@org/guide-alpha': {resolved: 'content/alpha', link: true}
    })
    expect(result.stdout).toContain('已链接 @org/guide-alpha，npm ci 可以直接通过')
  })

  it('leaves a lockfile alone when the content folder is not a workspace', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-new-'))
    mkdirSync(path.join(root, 'guides'))
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({name: 'x', workspaces: ['packages/*']}))
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n')
    expect((await run('new', 'alpha', '--content', path.join(root, 'guides'))).code).toBe(0)
    expect(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).toBe('{"lockfileVersion": 3, "packages": {}}\n')
  })
})

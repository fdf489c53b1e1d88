import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from '@org/llm-interview-parser'
import {stringsFor} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {mergeExports, type Debrief} from '../src/debrief/merge.js'
import {reportMarkdown} from '../src/debrief/markdown.js'
import {debriefReport, problemLines} from '../src/debrief/report.js'
import {toJson} from '../src/interview/export.js'
import {emptyRecord, type InterviewRecord} from '../src/interview/record.js'
import {fixturePath} from './content.js'
import {pageOf} from './interview-page.js'
import {runCli} from './run-cli.js'

// The ml-platform fixture's `next`: rubric 系统设计能力 50%, 工程落地经验 30%, 沟通与协作 20%.
const {guide} = parse(readFileSync(fixturePath('ml-platform')), {path: fixturePath('ml-platform')})
if (!guide) throw new Error('ml-platform does not parse')
const full = pageOf(guide)
const intern = pageOf(guide, 'intern')
const [design, practice, communication] = full.sheet.criteria.map((c) => c.id) as [string, string, string]
const internLabel = guide.levels.find((level) => level.id === 'intern')!.label
const text = stringsFor('zh-CN').debrief.script
const t0 = Date.UTC(2025, 0, 6, 9, 0)

function exported(label: string, interviewer: string, scores: Record<string, number>, more: Partial<InterviewRecord> = {}, page = full, now = t0): string {
  const section = page.sheet.sections[0]!.id
  const record: InterviewRecord = {...emptyRecord(label, t0), fields: {candidate: '张三', interviewer}, scores, notes: {[section]: `${interviewer} 的记录`}, ...more}
  return toJson(page.sheet, record, now)
}

// 李四: 4, 3, 5 -> 40 + 18 + 20 = 78. 王五: 2, 3 and 沟通与协作 unscored -> 20 + 18 = 38, partial.
const a = exported('张三-一面', '李四', {[design]: 4, [practice]: 3, [communication]: 5}, {recommendation: '推荐', overall: '设计扎实'})
const b = exported('张三-二面', '王五', {[design]: 2, [practice]: 3}, {recommendation: '待定'}, intern)

function merged(...texts: string[]): Debrief {
  const result = mergeExports(texts.map((t, i) => ({name: `${i + 1}.json`, text: t})))
  if (!result.ok) throw new Error(problemLines(result.problems, text).join('\n'))
  return result.debrief
}

describe('mergeExports', () => {
  it('puts the scores side by side, flags a spread of 2 or more, and totals each interviewer and the panel', () => {
    const debrief = merged(a, b)
    expect(debrief.guide).toEqual({id: 'ml-platform', version: 'next'})
    expect(debrief.candidate).toBe('张三')
    expect(debrief.criteria.map((c) => [c.scores, c.spread, c.flagged])).toEqual([
      [[4, 2], 2, true],
      [[3, 3], 0, false],
      [[5, null], null, false]
    ])
    expect(debrief.interviewers.map((p) => [p.name, p.level, p.total, p.missing, p.recommendation])).toEqual([
      ['李四', null, 78, 0, '推荐'],
      ['王五', 'intern', 38, 1, '待定']
    ])
    // Means 3, 3, 5: 30 + 18 + 20.
    expect(debrief.criteria.map((c) => c.mean)).toEqual([3, 3, 5])
    expect(debrief.panel).toEqual({total: 68, missing: 0})
    expect(debrief.interviewers[0]!.notes).toEqual([{section: full.sheet.sections[0]!.id, title: full.sheet.sections[0]!.title, text: '李四 的记录'}])
  })

  it('refuses, and never merges, files of another version or candidate, malformed files and the same file twice', () => {
    const other = a.replace('"version": "next"', '"version": "1.0.0"')
    const result = mergeExports([
      {name: 'a.json', text: a},
      {name: 'old.json', text: other},
      {name: 'lisi.json', text: exported('x', '赵六', {}, {fields: {candidate: '李雷', interviewer: '赵六'}})},
      {name: 'broken.json', text: a.slice(0, 40)},
      {name: 'list.json', text: '[1, 2]'},
      {name: 'bad-score.json', text: a.replace(/"score": 4/, '"score": 7')},
      {name: 'again.json', text: a},
      // The same interview exported again later.
      {name: 'later.json', text: exported('张三-一面', '李四', {[design]: 4}, {}, full, t0 + 3_600_000)}
    ])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(problemLines(result.problems, text)).toEqual([
      'old.json：属于 ml-platform@1.0.0，应为 ml-platform@next。',
      'lisi.json：候选人是“李雷”，其他文件是“张三”。',
      'broken.json：不是 JSON 文件。',
      'list.json：不是面试模式导出的 JSON 记录。',
      'bad-score.json：记录不完整或已损坏（scores[0].score）。',
      'again.json：与 a.json 是同一份记录。',
      'later.json：与 a.json 是同一份记录。'
    ])
  })

  it('merges interviews without an interviewer name unless they are the same export', () => {
    const anonymous = (label: string) => exported(label, '', {[design]: 3}, {fields: {candidate: '张三'}})
    expect(mergeExports([{name: 'x.json', text: anonymous('面试 1')}, {name: 'y.json', text: exported('面试 1', '', {[design]: 5}, {fields: {candidate: '张三'}}, full, t0 + 1)}]).ok).toBe(true)
    expect(mergeExports([{name: 'x.json', text: anonymous('面试 1')}, {name: 'y.json', text: anonymous('面试 1')}]).ok).toBe(false)
  })

  it("names each interviewer's level by its label, and by its id in exports made before they carried the label", () => {
    expect(merged(a, b).interviewers.map((p) => [p.level, p.levelLabel])).toEqual([[null, null], ['intern', internLabel]])
    const old = JSON.parse(b) as {guide: Record<string, unknown>}
    delete old.guide['levelLabel']
    const debrief = merged(a, JSON.stringify(old))
    expect(debrief.interviewers.map((p) => [p.level, p.levelLabel])).toEqual([[null, null], ['intern', null]])
    expect(reportMarkdown(debriefReport(debrief, text))).toContain('| 王五 | intern | 待定 |')
    expect(reportMarkdown(debriefReport(merged(a, b), text))).toContain(`| 王五 | ${internLabel} | 待定 |`)
  })

  it("refuses files of another guide version than the page's", () => {
    const result = mergeExports([{name: 'a.json', text: a}], {guide: 'ml-platform', version: '1.0.0'})
    expect(result.ok || problemLines(result.problems, text)).toEqual(['a.json：属于 ml-platform@next，应为 ml-platform@1.0.0。'])
  })
})

describe('the debrief report', () => {
  it('writes Markdown with the scores, the flag in words, partial totals labelled, recommendations and notes', () => {
    const markdown = reportMarkdown(debriefReport(merged(a, b), text))
    expect(markdown).toMatch(/^# 面试团评议：张三$/m)
    expect(markdown).toContain('| 考核维度 | 权重 | 李四 | 王五 | 平均 | 分差 |')
    expect(markdown).toContain('| **系统设计能力** | 50% | 4 | 2 | 3.0 | 2 分 · 需讨论 |')
    expect(markdown).toContain('| 工程落地经验 | 30% | 3 | 3 | 3.0 | 0 |')
    expect(markdown).toContain('| 沟通与协作 | 20% | 5 | — | 5.0 | — |')
    expect(markdown).toContain('| 加权总分 (满分 100) | 100% | 78.0 | 暂计 38.0 | 68.0 |  |')
    expect(markdown).toContain('1 个维度分差达到 2 分及以上，需讨论。')
    expect(markdown).toContain(`| 王五 | ${internLabel} | 待定 | 暂计 38.0（未评分 1 项） |`)
    expect(markdown).toContain('### 总体评价\n\n> 设计扎实')
  })
})

/** The line:column just after the first `needle` in `text` (where the value after a key starts). */
function placeAfter(text: string, needle: string, from = 0): string {
  const before = text.slice(0, text.indexOf(needle, from) + needle.length).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

describe('llm-interview debrief', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-debrief-'))
  const file = (name: string, content: string) => {
    writeFileSync(path.join(dir, name), content)
    return path.join(dir, name)
  }
  const [fileA, fileB] = [file('a.json', a), file('b.json', b)]

  it('merges two exports as Markdown, JSON or HTML', async () => {
    const md = await runCli(['debrief', fileA, fileB])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('| **系统设计能力** | 50% | 4 | 2 | 3.0 | 2 分 · 需讨论 |')
    const json = await runCli(['debrief', fileA, fileB, '--format', 'json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({format: 'llm-interview/debrief@1', candidate: '张三', panel: {total: 68}})
    const html = await runCli(['debrief', fileA, fileB, '--format', 'html'])
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="zh-CN">/)
    expect(html.stdout).toContain('<tr class="flagged"><th scope="row">系统设计能力</th>')
  })

  it('refuses a file of another version with exit code 1 and merges nothing, at file:line:column, in zh-CN or with --lang en', async () => {
    const oldText = a.replace('"version": "next"', '"version": "1.0.0"')
    const old = file('old.json', oldText)
    const version = placeAfter(oldText, '"version": ')
    const {code, stdout, stderr} = await runCli(['debrief', fileA, old])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.startsWith(`${old}\n`)).toBe(true)
    expect(stderr).toMatch(new RegExp(`\n${version}\\s+error\\s+大纲版本`))
    expect(stderr).toMatch(/\n\d+:\d+\s+error\s+大纲版本 “ml-platform@1\.0\.0” 与其他文件不同，应为 “ml-platform@next”\s+debrief\s+llm-interview\n\s+\[note\]:\s+修改建议：一次评议只合并同一大纲版本的面试。/)
    expect(stderr).toContain('未合并任何内容：2 个文件中有 1 个被拒绝。')
    const english = await runCli(['debrief', fileA, old, '--lang', 'en'])
    expect(english).toMatchObject({code: 1, stdout: ''})
    expect(english.stderr).toContain(`\n${version} error Unexpected guide version`)
    expect(english.stderr).toMatch(/\d+:\d+\s+error\s+Unexpected guide version `ml-platform@1\.0\.0`, expected `ml-platform@next`\s+debrief\s+llm-interview\n\s+\[note\]:\s+A debrief merges interviews of one guide version only\./)
    expect(english.stderr).toContain('Nothing merged: 1 of 2 files refused.')
    const missing = await runCli(['debrief', fileA, path.join(dir, 'none.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/none\.json\n\s*1:1\s+error\s+文件不存在或无法读取（ENOENT），应为面试导出文件\s+debrief/)
    const twice = await runCli(['debrief', fileA, fileA, '--lang', 'en'])
    expect(twice.stderr).toMatch(new RegExp(`\n${placeAfter(a, '"label": ')}\\s+error\\s+Unexpected second copy of [^\\n]*a\\.json\\s+debrief`))
    const malformed = await runCli(['debrief', fileA, file('bad.json', '{')])
    expect(malformed.stderr).toMatch(/bad\.json\n\s*1:2\s+error\s+文件内容不是 JSON，应为 JSON\s+debrief/)
    expect((await runCli(['debrief', fileA, fileB, '--lang', 'fr'])).code).toBe(2)
  })

  it('points at the offending value of each refused file, or at the syntax error of one that is not JSON', async () => {
    const texts = {
      'score.json': a.replace(/"score": 4/, '"score": 7'),
      'candidate.json': exported('x', '赵六', {}, {fields: {candidate: '李雷', interviewer: '赵六'}}),
      'comma.json': '{\n  "format": "llm-interview/interview@1",\n}\n',
      'format.json': a.replace('"format": "llm-interview/interview@1"', '"format": "llm-interview/debrief@1"'),
      'guide.json': a.replace('"id": "ml-platform"', '"id": "ml-systems"'),
      'no-label.json': JSON.stringify({...(JSON.parse(a) as object), label: undefined}, null, 2)
    }
    const paths = Object.fromEntries(Object.entries(texts).map(([name, content]) => [name, file(name, content)]))
    const {code, stderr} = await runCli(['debrief', fileA, ...Object.values(paths), '--lang', 'en'])
    expect(code).toBe(1)
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const at = (name: keyof typeof texts, place: string, reason: string) => expect(stderr, name).toMatch(new RegExp(`${escape(paths[name]!)}\n${place}\\s+error ${escape(reason)}`))
    at('score.json', placeAfter(texts['score.json'], '"score": ', texts['score.json'].indexOf('"score": 7')), 'Unexpected value at `scores[0].score`')
    at('candidate.json', placeAfter(texts['candidate.json'], '"candidate": '), 'Unexpected candidate `李雷`')
    at('comma.json', '3:1', 'Unexpected file content, expected JSON')
    at('format.json', placeAfter(texts['format.json'], '"format": '), 'Unexpected format `llm-interview/debrief@1`')
    at('guide.json', placeAfter(texts['guide.json'], '"id": '), 'Unexpected guide version `ml-systems@next`')
    // A missing field: the object that lacks it.
    at('no-label.json', '1:1', 'Unexpected value at `label`')
  })

  it('writes the report in --lang', async () => {
    const md = await runCli(['debrief', fileA, fileB, '--lang', 'en'])
    expect(md.code).toBe(0)
    expect(md.stdout).toMatch(/^# Panel debrief/)
    const html = await runCli(['debrief', fileA, fileB, '--format', 'html', '--lang', 'en'])
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="en">/)
  })

  it('has its own help, and wants two files and a known format', async () => {
    const help = await runCli(['debrief', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: llm-interview debrief <first> <second> [...more]')
    expect(help.stdout).not.toContain('llm-interview check')
    expect((await runCli(['debrief', fileA])).code).toBe(2)
    expect((await runCli(['debrief', fileA, fileB, '--format', 'text'])).code).toBe(2)
    expect((await runCli(['--help'])).stdout).toContain('debrief <first> <second> [...more]')
  })
})

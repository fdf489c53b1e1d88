import {readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {stringsFor} from '@org/llm-interview-renderer'
import type {Guide} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {siteAssets} from '../src/build/assets.js'
import {pageTargets, versionPages} from '../src/build/version-pages.js'
import {exportName, toJson, toMarkdown} from '../src/interview/export.js'
import {importInterview} from '../src/interview/import.js'
import {summaryText} from '../src/interview/view.js'
import {defaultLabel, emptyRecord, hasContent, keyPrefix, lastLabelKey, normalizeLabel, parseRecord, savedLabels, storageKey, type InterviewRecord} from '../src/interview/record.js'
import {formatScore, parseScore, round1, scoreSummary} from '../src/interview/score.js'
import {formatClock, idleTimer, nextSection, pauseTimer, startTimer, timing} from '../src/interview/timing.js'
import {fixturePath} from './content.js'
import {pageOf} from './interview-page.js'

// The ml-platform fixture's `next`: rubric 50/30/20 %; 8 sections planned
// at 87 minutes; the intern plan takes 1.1 (12), 1.2 (10), 2.1 (12), 2.2 (10),
// 3.1 (8), then 1.3 (6) and 2.3 (5) as optional: 63 minutes.
const {guide: parsed, messages} = parse(readFileSync(fixturePath('ml-platform')), {path: fixturePath('ml-platform')})
if (!parsed) throw new Error(messages.map(String).join('\n'))
const mlPlatform: Guide = parsed
/** The fixture's rubric criteria, in source order. */
const [r1, r2, r3] = mlPlatform.rubric.map((criterion) => criterion.id) as [string, string, string]

const intern = pageOf(mlPlatform, 'intern')
const minute = 60_000

describe('the interview page as the script reads it', () => {
  it('carries the rubric criteria of the guide with their weights', () => {
    expect(intern.sheet.criteria).toEqual([
      {id: r1, title: '系统设计能力', weight: 50},
      {id: r2, title: '工程落地经验', weight: 30},
      {id: r3, title: '沟通与协作', weight: 20}
    ])
  })

  it('carries the level plan in plan order with its minutes, or every section for the full guide', () => {
    expect(intern.sheet.sections.map((s) => [s.id, s.minutes])).toEqual([['1.1', 12], ['1.2', 10], ['2.1', 12], ['2.2', 10], ['3.1', 8], ['1.3', 6], ['2.3', 5]])
    expect(intern.sheet.sections[0]!.topics.map((t) => t.text)).toEqual(['数据并行', '张量并行与流水线并行', '混合精度训练里 loss scaling 的作用', '梯度检查点用计算换显存的代价'])
    // A plan entry without minutes takes its section's duration.
    expect(pageOf(mlPlatform, 'engineer').sheet.sections.map((s) => [s.id, s.minutes])).toEqual([['2.3', 8], ['1.1', 15], ['2.1', 10], ['2.2', 10], ['3.1', 12], ['3.2', 10], ['1.2', 5]])
    const full = pageOf(mlPlatform).sheet
    expect(full.sections.map((s) => [s.id, s.minutes])).toEqual([['1.1', 15], ['1.2', 10], ['1.3', 10], ['2.1', 12], ['2.2', 10], ['2.3', 8], ['3.1', 12], ['3.2', 10]])
    expect(full.level).toBe('')
    expect(full.fields.map((f) => f.name)).toEqual(['candidate', 'interviewer', 'date', 'position', 'level'])
  })

  it("gives the script the interview strings of the guide's language", () => {
    expect(intern.text).toEqual(stringsFor('zh-CN').interview.script)
  })
})

describe('weighted score', () => {
  const criteria = intern.sheet.criteria

  it('weights each 1-5 score by the criterion and adds them up to 100 at most', () => {
    const summary = scoreSummary(criteria, {[r1]: 4, [r2]: 3, [r3]: 5})
    expect(summary.lines.map((l) => l.weighted)).toEqual([40, 18, 20])
    expect(summary).toMatchObject({total: 78, fullMark: 100, missing: []})
    expect(scoreSummary(criteria, {[r1]: 5, [r2]: 5, [r3]: 5}).total).toBe(100)
    expect(scoreSummary(criteria, {[r1]: 1, [r2]: 1, [r3]: 1}).total).toBe(20)
  })

  it('leaves missing scores out of the total and names them; nothing scored gives no total', () => {
    const summary = scoreSummary(criteria, {[r2]: 4})
    expect(summary).toMatchObject({total: 24, missing: [r1, r3]})
    expect(summary.lines[0]).toEqual({id: r1, weight: 50, score: null, weighted: null})
    expect(scoreSummary(criteria, {})).toMatchObject({total: null, missing: [r1, r2, r3]})
  })

  it('counts scores off the scale as missing', () => {
    for (const value of [0, 6, 3.5, -1, Number.NaN, '', 'x', null, undefined]) expect(parseScore(value), String(value)).toBeUndefined()
    expect(parseScore('3')).toBe(3)
    expect(scoreSummary(criteria, {[r1]: 6, [r2]: '4'})).toMatchObject({total: 24, missing: [r1, r3]})
  })

  it('rounds half up to one decimal, once for the total', () => {
    expect(round1(24.05)).toBe(24.1)
    expect(round1(2.05)).toBe(2.1)
    expect(round1(17.95)).toBe(18)
    const odd = scoreSummary([{id: 'a', weight: 10.25}, {id: 'b', weight: 89.75}], {a: 1, b: 1})
    expect(odd.lines.map((l) => l.weighted)).toEqual([2.1, 18])
    expect(odd.total).toBe(20)
    expect(formatScore(odd.total)).toBe('20.0')
    expect(formatScore(null)).toBe('—')
  })
})

describe('interview clock', () => {
  const plan = intern.sheet.sections
  const t0 = Date.UTC(2025, 0, 6, 9, 0)

  it('counts time per section against its plan, with overruns and the remaining total', () => {
    let timer = startTimer(idleTimer(), plan, t0)
    expect(timer.current).toBe('1.1')
    timer = nextSection(timer, plan, t0 + 15 * minute)
    expect(timer.current).toBe('1.2')
    timer = pauseTimer(timer, t0 + 20 * minute)
    const time = timing(plan, timer, t0 + 60 * minute)
    expect(time.sections[0]).toMatchObject({id: '1.1', planned: 12 * minute, spent: 15 * minute, overrun: 3 * minute, current: false})
    expect(time.sections[1]).toMatchObject({id: '1.2', spent: 5 * minute, overrun: 0, current: true})
    expect(time).toMatchObject({planned: 63 * minute, spent: 20 * minute, remaining: 43 * minute, overruns: ['1.1'], running: false})
  })

  it('keeps counting while running, without counting pauses, and goes negative past the plan', () => {
    let timer = startTimer(idleTimer(), plan, t0, '2.1')
    expect(startTimer(timer, plan, t0 + minute, '2.1')).toBe(timer)
    expect(timing(plan, timer, t0 + 3 * minute).sections.find((s) => s.id === '2.1')!.spent).toBe(3 * minute)
    timer = pauseTimer(timer, t0 + 3 * minute)
    timer = startTimer(timer, plan, t0 + 10 * minute)
    expect(timer.current).toBe('2.1')
    expect(timing(plan, timer, t0 + 11 * minute).spent).toBe(4 * minute)
    expect(timing(plan, timer, t0 + 110 * minute).remaining).toBe(-40 * minute)
    expect(timing(plan, timer, t0 - minute).spent).toBe(3 * minute)
  })

  it('moves to the next section when paused too, and stays on the last', () => {
    expect(nextSection(idleTimer(), plan, t0).current).toBe('1.1')
    expect(nextSection({current: '1.3', since: null, spent: {}}, plan, t0).current).toBe('2.3')
    expect(nextSection({current: '2.3', since: null, spent: {}}, plan, t0).current).toBe('2.3')
  })

  it('formats durations as m:ss', () => {
    expect([0, 999, 61_000, 97 * minute, -61_000, -500].map(formatClock)).toEqual(['0:00', '0:00', '1:01', '97:00', '-1:01', '0:00'])
  })
})

describe('interview storage', () => {
  const page = {guide: 'ml-platform', version: '1.0.0', level: 'intern'}

  it('keys interviews by guide, version, level and label', () => {
    expect(storageKey(page, '张三: 二面')).toBe('llm-interview:interview:ml-platform:1.0.0:intern:张三: 二面')
    expect(keyPrefix({...page, level: ''})).toBe('llm-interview:interview:ml-platform:1.0.0:_:')
    expect(lastLabelKey(page)).toBe('llm-interview:interview-last:ml-platform:1.0.0:intern')
    const keys = [storageKey(page, 'b'), storageKey(page, 'a'), storageKey({...page, version: 'next'}, 'c'), storageKey({...page, level: ''}, 'd'), lastLabelKey(page), 'other']
    expect(savedLabels(keys, page)).toEqual(['a', 'b'])
  })

  it('names new interviews and normalizes typed labels', () => {
    expect(defaultLabel([], '面试 {n}')).toBe('面试 1')
    expect(defaultLabel(['面试 1', '面试 3'], '面试 {n}')).toBe('面试 2')
    expect(normalizeLabel('  张三 \n 二面 ')).toBe('张三 二面')
    expect(normalizeLabel('   ')).toBeUndefined()
  })

  it('reads back what it stored and drops what does not fit', () => {
    const record: InterviewRecord = {...emptyRecord('a', 1), topics: ['1.1-g1-1'], scores: {'rubric-1': 4}, notes: {'1.1': 'ok'}}
    expect(parseRecord(JSON.stringify(record), 'a')).toEqual(record)
    expect(parseRecord('{', 'a')).toBeUndefined()
    expect(parseRecord(null, 'a')).toBeUndefined()
    expect(parseRecord('{"format":2}', 'a')).toBeUndefined()
    const junk = parseRecord('{"format":1,"topics":[1,"x"],"scores":{"a":"4","b":3},"timer":{"since":"now","spent":{"1.1":-5}}}', 'a')!
    expect(junk).toMatchObject({topics: ['x'], scores: {b: 3}, timer: {current: null, since: null, spent: {}}, fields: {}})
    expect(hasContent(emptyRecord('a', 1))).toBe(false)
    expect(hasContent(record)).toBe(true)
  })
})

describe('interview exports', () => {
  const {sheet, text} = intern
  const t0 = Date.UTC(2025, 0, 6, 9, 0)
  const timer = pauseTimer(nextSection(startTimer(idleTimer(), sheet.sections, t0), sheet.sections, t0 + 16 * minute + 30_000), t0 + 20 * minute)
  const record: InterviewRecord = {
    ...emptyRecord('张三 | 二面', t0),
    fields: {candidate: '张三', interviewer: '李四', date: '2025-01-06', position: ''},
    timer,
    topics: [sheet.sections[0]!.topics[0]!.id],
    notes: {'1.1': '讲清了 ZeRO\n但流水线气泡不熟'},
    scores: {[r1]: 4, [r3]: 5},
    recommendation: '推荐',
    overall: '基础扎实'
  }

  it('writes Markdown whose weighted total is the computed total', () => {
    const markdown = toMarkdown(sheet, record, text, t0 + 30 * minute)
    const total = formatScore(scoreSummary(sheet.criteria, record.scores).total)
    expect(total).toBe('60.0')
    // One criterion is unscored: the total is labelled partial.
    expect(markdown).toContain(`| **${text.total}** | 100% | | **暂计 60.0** |`)
    expect(markdown).toContain('| 工程落地经验 | 30% | — | — |')
    expect(markdown).toContain('| 系统设计能力 | 50% | 4 | 40.0 |')
    expect(markdown).toContain('| 沟通与协作 | 20% | 5 | 20.0 |')
    expect(markdown).toContain('尚有 1 项未评分')
    expect(markdown).toMatch(/^# 面试记录：张三 \| 二面$/m)
    expect(markdown).toContain('- 候选人：张三')
    expect(markdown).toContain('- 应聘岗位：—')
    expect(markdown).toContain('用时 16:30 / 计划 12:00 · 超时 4:30')
    expect(markdown).toContain('- [x] 数据并行')
    expect(markdown).toContain('- [ ] 张量并行与流水线并行')
    expect(markdown).toContain('> 讲清了 ZeRO\n> 但流水线气泡不熟')
    expect(markdown).toContain('## 录用建议\n\n推荐')
  })

  it('labels a total final only once every criterion is scored', () => {
    const scores = Object.fromEntries(sheet.criteria.map((c) => [c.id, 3]))
    const markdown = toMarkdown(sheet, {...record, scores}, text, t0 + 30 * minute)
    expect(markdown).toContain(`| **${text.total}** | 100% | | **60.0** |`)
    expect(markdown).not.toContain('暂计')
    expect(JSON.parse(toJson(sheet, {...record, scores}, t0)).complete).toBe(true)
    expect(summaryText(text, scoreSummary(sheet.criteria, scores))).toBe('60.0（已全部评分）')
    expect(summaryText(text, scoreSummary(sheet.criteria, record.scores))).toBe('暂计 60.0（1 项未评分）')
    expect(summaryText(text, scoreSummary(sheet.criteria, {}))).toBe('尚未评分')
  })

  it('writes JSON with the same total, the times and the ticks', () => {
    const data = JSON.parse(toJson(sheet, record, t0 + 30 * minute))
    expect(data.total).toBe(60)
    expect(data.complete).toBe(false)
    expect(data.missing).toEqual([r2])
    expect(data.guide).toEqual({id: 'ml-platform', version: 'next', level: 'intern', levelLabel: mlPlatform.levels.find((level) => level.id === 'intern')!.label, context: sheet.context})
    expect(data.sections[0]).toMatchObject({id: '1.1', plannedMinutes: 12, spentSeconds: 990, overrunSeconds: 270, notes: '讲清了 ZeRO\n但流水线气泡不熟'})
    expect(data.sections[0].topics.map((t: {checked: boolean}) => t.checked)).toEqual([true, false, false, false])
    expect(data.time).toMatchObject({plannedSeconds: 63 * 60, spentSeconds: 20 * 60, overruns: ['1.1']})
  })

  it('imports its own JSON export on the same page, to continue in another browser', () => {
    const exported = toJson(sheet, record, t0 + 30 * minute)
    const result = importInterview(sheet, 'a.json', exported, text, [], t0 + 40 * minute)
    expect(result).toMatchObject({ok: true, message: '已导入 a.json：张三 | 二面'})
    if (!result.ok) return
    const imported = result.record
    expect(imported).toMatchObject({label: '张三 | 二面', fields: record.fields, topics: record.topics, notes: record.notes, scores: record.scores, recommendation: '推荐', overall: '基础扎实'})
    // The clock comes back paused, with the time of each section.
    expect(imported.timer).toEqual({current: sheet.sections[1]!.id, since: null, spent: {'1.1': 990_000, [sheet.sections[1]!.id]: 210_000}})
    expect(toJson(sheet, imported, t0 + 30 * minute)).toBe(exported.replace(/"exported": "[^"]*"/, `"exported": "${new Date(t0 + 30 * minute).toISOString()}"`))
    // A label already used here is not overwritten.
    const again = importInterview(sheet, 'a.json', exported, text, ['张三 | 二面', '张三 | 二面 (2)'], t0)
    expect(again.ok && again.record.label).toBe('张三 | 二面 (3)')
  })

  it('refuses a file that is not JSON, not an export, damaged, or of another page, saying why', () => {
    const exported = JSON.parse(toJson(sheet, record, t0)) as {guide: {level: string | null; version: string}; scores: {score: unknown}[]}
    const refuse = (source: string) => {
      const result = importInterview(sheet, 'x.json', source, text, [], t0)
      expect(result.ok).toBe(false)
      return result.message
    }
    expect(refuse('not json')).toBe('无法导入 x.json：它不是 JSON 文件。')
    expect(refuse('{"format":"something-else"}')).toBe('无法导入 x.json：它不是面试模式导出的 JSON 记录。')
    expect(refuse('[]')).toBe('无法导入 x.json：它不是面试模式导出的 JSON 记录。')
    expect(refuse(JSON.stringify({...exported, scores: [{...exported.scores[0], score: 9}]}))).toBe('无法导入 x.json：记录不完整或已损坏（scores[0].score）。')
    expect(refuse(JSON.stringify({...exported, label: undefined}))).toBe('无法导入 x.json：记录不完整或已损坏（label）。')
    expect(refuse(JSON.stringify({...exported, guide: {...exported.guide, level: null}}))).toBe(
      '无法导入 x.json：它是 ml-platform@next 的记录，本页是 ml-platform@next/intern。请在对应的面试页面导入。'
    )
    expect(refuse(JSON.stringify({...exported, guide: {...exported.guide, version: '1.0.0'}}))).toContain('它是 ml-platform@1.0.0/intern 的记录')
  })

  it('names export files after the page and the label', () => {
    expect(exportName(sheet, '张三 | 二面', 'md')).toBe('ml-platform-next-intern-张三-二面.md')
    expect(exportName({...sheet, level: ''}, '///', 'json')).toBe('ml-platform-next-full-interview.json')
  })
})

describe('interview pages in the site', () => {
  it('are built for the full guide and every level, loading the script, which is copied as an asset', async () => {
    expect(pageTargets(mlPlatform).filter((t) => t.page === 'interview')).toEqual([
      {page: 'interview'},
      {page: 'interview', level: 'intern'},
      {page: 'interview', level: 'engineer'},
      {page: 'interview', level: 'lead'}
    ])
    const pages = versionPages(mlPlatform, {versions: ['next'], latest: 'next', has: () => true, pdf: false}, [])
    const page = pages.find((p) => p.path === 'ml-platform/next/intern/interview/index.html')
    expect(String(page?.content())).toContain('<script type="module" src="../../../../assets/interview/browser.js"></script>')
    expect(String(pages.find((p) => p.path === 'ml-platform/next/interview/index.html')?.content())).toContain('src="../../../assets/interview/browser.js"')
    const modules = (await siteAssets()).filter((file) => file.path.startsWith('assets/interview/'))
    const paths = modules.map((file) => file.path)
    expect(paths).toContain('assets/interview/browser.js')
    for (const module of modules) {
      for (const [, name] of String(module.content).matchAll(/from '\.\/([\w-]+\.js)'/g)) expect(paths, module.path).toContain(`assets/interview/${name}`)
    }
  })
})

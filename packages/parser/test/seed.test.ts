import {readFileSync} from 'node:fs'
import {sumDurations, type Item} from '@org/llm-interview-schema'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {keptNodes, sourceNodes} from './conservation.js'

// The one content test of the editable seed guide (content/llm-interview/guide.md).
// UPDATE WHEN YOU EDIT THE GUIDE: the numbers below (parts, sections, groups,
// planned total, weights, levels, titles) are the guide's own, written by hand;
// a change of durations, sections or rubric in guide.md is expected to fail
// here, and only here. Behaviour tests run on fixtures of their own
// (packages/site/test/fixtures/content/, packages/parser/test/fixtures/).
const seedUrl = new URL('../../../content/llm-interview/guide.md', import.meta.url)
const seed = readFileSync(seedUrl, 'utf8')
const {guide, messages} = parse(seed, {path: 'guide.md'})

describe('the seed guide', () => {
  it('parses with no errors and one warning about the planned total', () => {
    expect(messages.filter((m) => m.fatal)).toEqual([])
    const warnings = messages.filter((m) => !m.fatal)
    expect(warnings.map((m) => m.ruleId)).toEqual(['total-duration'])
    expect(warnings[0]!.reason).toContain('130')
    expect(warnings[0]!.reason).toContain('90-120')
  })

  it('has the outline of the syllabus', () => {
    expect(guide).toBeDefined()
    const g = guide!
    expect(g.id).toBe('llm-interview')
    expect(g.lang).toBe('zh-CN')
    expect(g.version).toBe('next')
    expect(g.duration).toEqual({min: 90, max: 120})
    expect(g.title).toBe('AI大模型训练推理及优化面试大纲')
    expect(g.parts).toHaveLength(6)
    expect(g.parts.map((p) => p.ordinal).join('')).toBe('一二三四五六')
    const sections = g.parts.flatMap((p) => p.sections)
    expect(sections).toHaveLength(16)
    expect(sections.every((s) => s.objective.text.length > 0)).toBe(true)
    expect(sections.flatMap((s) => s.groups)).toHaveLength(30)
    expect(sumDurations(g.parts.map((p) => p.duration))).toEqual({min: 130, max: 130})
    expect(g.rubric.map((c) => c.weight)).toEqual([30, 40, 20, 10])
    expect(g.levels.map((l) => l.id)).toEqual(['foundation', 'practical', 'research'])
    expect(g.tips.map((t) => t.title)).toEqual(['面试技巧'])
    expect(g.references.map((r) => r.title)).toEqual(['核心论文', '技术博客和教程', '开源项目'])
    expect(g.closing.map((c) => c.text)).toEqual(['本大纲可根据具体岗位要求和候选人背景进行调整，建议面试时间控制在90-120分钟内。'])
    expect(g.overview?.title).toBe('大纲说明')
  })

  it('gives each level a plan of every section that fits 90-120 minutes', () => {
    const ids = guide!.parts.flatMap((p) => p.sections.map((s) => s.id)).sort()
    for (const level of guide!.levels) {
      expect(level.plan.map((e) => e.section).sort()).toEqual(ids)
      const total = level.plan.reduce((sum, e) => sum + e.minutes, 0)
      expect(total).toBeGreaterThanOrEqual(90)
      expect(total).toBeLessThanOrEqual(120)
      expect(level.focus.text).not.toBe('')
    }
  })

  it('keeps every heading, paragraph and list item of the source (conservation)', () => {
    const source = sourceNodes(seed)
    expect(source.length).toBeGreaterThan(400)
    const kept = keptNodes(guide!)
    expect(source.filter((key) => !kept.has(key))).toEqual([])
  })

  it('keeps the text of every list item', () => {
    const texts = new Set<string>()
    const collect = (items: readonly Item[]) => items.forEach((i) => (texts.add(i.text), collect(i.items)))
    const g = guide!
    g.parts.forEach((p) => p.sections.forEach((s) => s.groups.forEach((group) => collect(group.items))))
    ;[...g.tips, ...g.references].forEach((group) => collect(group.items))
    g.rubric.forEach((c) => collect(c.points))
    g.levels.forEach((l) => texts.add(`${l.label}：${l.focus.text}`))
    const body = seed.slice(seed.indexOf('\n---\n', 4) + 5)
    const lines = body.split('\n').filter((line) => /^\s*- /.test(line))
    expect(lines.length).toBeGreaterThan(200)
    for (const line of lines) {
      const plain = line.replace(/^\s*- /, '').replaceAll('**', '').replaceAll('`', '').replace('： ', '：')
      expect(texts.has(plain), plain).toBe(true)
    }
  })
})

import {parse} from '@org/llm-interview-parser'
import type {RichText} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {scanOutline} from '../src/new/candidates.js'
import {frontMatterText} from '../src/new/front-matter.js'
import {fitMinutes, statedDuration} from '../src/new/plan-minutes.js'

const paragraph = (text: string): RichText => ({inlines: [{type: 'text', value: text}], text})

describe('statedDuration', () => {
  it.each([
    ['建议面试时间控制在60-90分钟内。', {min: 60, max: 90}],
    ['全程约 45 分钟', {min: 45, max: 45}],
    ['面试用时 40到50分钟，视情况调整', {min: 40, max: 50}],
    ['The interview takes about 30 minutes.', {min: 30, max: 30}],
    ['时长 50~70 min', {min: 50, max: 70}]
  ])('reads %s', (text, duration) => {
    expect(statedDuration([paragraph('可按岗位调整。'), paragraph(text)])?.duration).toEqual(duration)
  })

  it('finds nothing in a note without minutes, or with a reversed range', () => {
    expect(statedDuration([paragraph('本大纲可按团队技术栈调整题目。'), paragraph('共 3 轮面试')])).toBeUndefined()
    expect(statedDuration([paragraph('控制在90-60分钟')])).toBeUndefined()
  })
})

describe('fitMinutes', () => {
  it('keeps minutes that fit', () => {
    expect(fitMinutes([10, 8, 7], 25)).toEqual({minutes: [10, 8, 7], scaled: false})
  })

  it('scales down in proportion to exactly the budget, each keeping a minute', () => {
    const {minutes, scaled} = fitMinutes([14, 10, 8, 12, 10, 8, 10, 8, 7, 8, 7, 10, 10, 5, 8, 7], 120)
    expect(scaled).toBe(true)
    expect(minutes.reduce((n, m) => n + m, 0)).toBe(120)
    expect(minutes.every((m) => m >= 1)).toBe(true)
    expect(fitMinutes([50, 1, 1], 10).minutes).toEqual([8, 1, 1])
  })
})

describe('scanOutline', () => {
  it('finds section numbers and the lists whose items all have a bold lead-in, outside code', () => {
    const scan = scanOutline(
      [
        '# 标题',
        '## 一、部分 (10分钟)',
        '### 1.1 小节 (10分钟)',
        '- **不是级别：** 小节里的列表不算',
        '```md',
        '### 代码里的标题',
        '- **代码：** 里的列表',
        '```',
        '## 建议',
        '### 级别',
        '- **甲级：** 重点一',
        '  - **嵌套：** 不算',
        '- **乙级**：重点二',
        '### 技巧',
        '- **由浅入深：** 一条',
        '- 普通的一条',
        ''
      ].join('\n')
    )
    expect(scan.sections).toEqual(['1.1'])
    expect(scan.labelSets).toEqual([['甲级', '乙级']])
  })
})

describe('frontMatterText', () => {
  it('writes labels the parser reads back exactly, quoting them when YAML needs it', () => {
    const labels = ['普通级别', '级别: 甲', '"引号"级', '#井号', '- 破折号', '末尾空格 ']
    const levels = labels.map((label, i) => ({id: `level-${i + 1}`, label: label.trim() === label ? label : label.trim(), plan: [{section: '1.1', role: 'core' as const, minutes: 10}]}))
    const body = [
      '# 标题',
      '',
      '## 一、部分 (10分钟)',
      '',
      '### 1.1 小节 (10分钟)',
      '**考核目标：** 目标',
      '',
      '#### 组',
      '- 一个问题？',
      '',
      '## 评分标准',
      '',
      '### 维度 (100%)',
      '- 要点',
      '',
      '## 面试建议',
      '',
      '### 级别',
      ...levels.map((l) => `- **${l.label.replace(/[#*"-]/g, (c) => `\\${c}`)}：** 重点`),
      ''
    ].join('\n')
    const text = frontMatterText({id: 'g', lang: 'zh-CN', duration: {min: 10, max: 10}, levels, notes: ['说明: 一行']}) + body
    const {guide, messages} = parse(text)
    expect(guide, messages.map(String).join('\n')).toBeDefined()
    expect(guide!.levels.map((l) => l.label)).toEqual(levels.map((l) => l.label))
  })
})

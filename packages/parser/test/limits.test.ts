import {readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {firstLimitBreak, limits} from '../src/limits.js'

const valid = readFileSync(new URL('fixtures/valid/input.md', import.meta.url), 'utf8')
const rules = (source: string) => parse(source).messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.ruleId}`)

describe('bounded resources', () => {
  it('refuses a source over 5 MB at the line that crosses the limit', () => {
    const line = `- ${'很长的题目'.repeat(40)}\n`
    const source = valid + line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line)) + 10)
    const [message] = parse(source).messages
    expect(message?.ruleId).toBe('too-large')
    expect(message?.reason).toMatch(/^Unexpected guide of 5\.\d MB, expected at most 5 MB$/)
    expect(message?.line).toBeGreaterThan(valid.split('\n').length)
  })

  it('refuses block quotes nested hundreds deep before parsing them', () => {
    expect(rules(`${valid}\n${'> '.repeat(500)}x\n`)).toEqual([`${valid.split('\n').length + 1}:201 too-deep`])
  })

  it('refuses lists nested deeper than an outline needs', () => {
    const deep = Array.from({length: 40}, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')
    const source = replaceOnce(valid, '  - 三次握手的过程', `  - 三次握手的过程\n${deep.replace(/^/gm, '    ')}`)
    const lines = source.split('\n')
    const [deepest] = rules(source).filter((r) => r.endsWith('too-deep'))
    expect(deepest).toBeDefined()
    const line = Number(deepest!.split(':')[0])
    expect(lines[line - 1]).toMatch(/第3\d层/)
  })

  it('refuses formatting nested deeper than any text needs', () => {
    const open = Array.from({length: 40}, (_, i) => (i % 2 ? '_a' : '*a')).join(' ')
    const close = Array.from({length: 40}, (_, i) => ((39 - i) % 2 ? 'a_' : 'a*')).join(' ')
    const source = replaceOnce(valid, '  - 三次握手的过程', `  - ${open} x ${close}`)
    expect(rules(source).some((r) => r.endsWith('too-deep'))).toBe(true)
  })
})

describe('limits checked before parsing', () => {
  const lines = (count: number, line: (index: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('\n')
  const at = (source: string) => {
    const broken = firstLimitBreak(source)
    return broken && `${broken.line}:${broken.column} ${broken.ruleId}`
  }

  it('reports each break as a fatal message with its place, rule and hint', () => {
    const [message, ...rest] = parse(`${valid}\n- ${'很'.repeat(limits.lineLength)}\n`).messages
    expect(rest).toEqual([])
    expect(message).toMatchObject({line: valid.split('\n').length + 1, column: limits.lineLength + 1, ruleId: 'too-long-line', fatal: true, source: 'llm-interview'})
    expect(message!.reason).toMatch(/^Unexpected line of 10002 characters, expected at most 10000$/)
    expect(message!.note).toMatch(/\S/)
  })

  it('bounds the length of any line, code and front matter included', () => {
    expect(at('a'.repeat(limits.lineLength))).toBeUndefined()
    expect(at(`# t\n${'a'.repeat(limits.lineLength + 1)}`)).toBe('2:10001 too-long-line')
    expect(at(`---\nid: ${'x'.repeat(limits.lineLength)}\n---\n# t`)).toBe('2:10001 too-long-line')
    expect(at(`\`\`\`\n${'x'.repeat(limits.lineLength + 1)}\n\`\`\``)).toBe('2:10001 too-long-line')
  })

  it('bounds the lines of the guide', () => {
    const guide = (count: number) => lines(count, (i) => (i % 500 === 0 ? '## 部分' : '文字'))
    expect(at(guide(limits.guideLines))).toBeUndefined()
    expect(at(guide(limits.guideLines + 1))).toBe(`${limits.guideLines + 1}:1 too-many-lines`)
  })

  it('bounds the lines from one heading to the next, front matter aside', () => {
    const front = `---\n${lines(20, (i) => `k${i}: v`)}\n---\n`
    expect(at(`${front}## 部分\n${lines(limits.headingLines - 1, () => '文字')}\n## 下一部分\n文字`)).toBeUndefined()
    expect(at(`${front}## 部分\n${lines(limits.headingLines, () => '文字')}`)).toBe(`${23 + limits.headingLines}:1 too-many-lines`)
    // An indented heading may belong to the list item above it: no new block of lines.
    expect(at(`## 部分\n${lines(limits.headingLines - 1, (i) => (i === 10 ? '  ## 缩进' : '文字'))}\n文字`)).toBe(`${limits.headingLines + 1}:1 too-many-lines`)
  })

  it('bounds nesting by list markers on one line, at the marker that crosses it', () => {
    expect(at(`${'- '.repeat(limits.lineDepth)}x`)).toBeUndefined()
    expect(at(`# t\n${'- '.repeat(limits.lineDepth + 1)}x`)).toBe('2:201 too-deep')
    expect(at(`${'> - '.repeat(50)}1. x`)).toBe('1:201 too-deep')
    expect(at(`${'  '.repeat(limits.lineDepth - 1)}- x`)).toBeUndefined()
    expect(at(`${'  '.repeat(limits.lineDepth)}- x`)).toBe('1:201 too-deep')
  })

  it('bounds the list items under one heading, at the marker that crosses it', () => {
    // Two items on most lines, to stay within the lines under one heading.
    const group = (count: number) => `#### 分组\n${lines(Math.floor(count / 2), () => '- - 项')}${count % 2 ? '\n  1. 子项' : ''}`
    const line = Math.floor(limits.headingItems / 2) + 2
    expect(at(group(limits.headingItems))).toBeUndefined()
    expect(at(`${group(limits.headingItems)}\n#### 下一组\n- 项`)).toBeUndefined()
    expect(at(group(limits.headingItems + 1))).toBe(`${line}:3 too-many-items`)
    expect(at(`${group(limits.headingItems - 1)}\n  1. 有序 - 项`)).toBeUndefined()
    expect(at(`${group(limits.headingItems - 1)}\n  - - 两项`)).toBe(`${line}:5 too-many-items`)
  })

  it('bounds the list items of the guide', () => {
    const guide = (count: number) => lines(count, (i) => (i % 500 === 0 ? `#### 分组\n- 项` : '- 项'))
    expect(at(guide(limits.guideItems))).toBeUndefined()
    const over = guide(limits.guideItems + 1)
    expect(at(over)).toBe(`${over.split('\n').length}:1 too-many-items`)
  })

  it('bounds the headings of the guide', () => {
    expect(at(lines(limits.guideHeadings, () => '#### 分组'))).toBeUndefined()
    expect(at(lines(limits.guideHeadings + 1, (i) => (i === limits.guideHeadings ? '  ### 分组' : '#### 分组')))).toBe(`${limits.guideHeadings + 1}:3 too-many-headings`)
  })

  it('bounds the Markdown marks in one block of text, at the mark that crosses it', () => {
    expect(at(`- ${'*_'.repeat(limits.paragraphMarks / 2)}`)).toBeUndefined()
    expect(at(`- ${'a*'.repeat(limits.paragraphMarks + 1)}`)).toBe(`1:${2 + 2 * (limits.paragraphMarks + 1)} too-many-marks`)
    // A paragraph runs over lines; a blank line, an item or a heading starts another.
    const half = '[`<|]'.repeat(limits.paragraphMarks / 10)
    expect(at(`${half}\n${half}`)).toBeUndefined()
    expect(at(`${half}\n${half}\n${half}`)).toBe('3:1 too-many-marks')
    expect(at(`> ${half}\n> ${half}\n> ${half}`)).toBe('3:3 too-many-marks')
    for (const start of ['\n', '- ', '  1. ', '#### ', '>\n> ']) expect(at(`${half}\n${half}\n${start}${half}`), start).toBeUndefined()
  })

  it('bounds the Markdown marks of the guide', () => {
    const block = '_'.repeat(limits.paragraphMarks)
    expect(at(lines(limits.guideMarks / limits.paragraphMarks, () => `${block}\n`))).toBeUndefined()
    expect(at(`${lines(limits.guideMarks / limits.paragraphMarks, () => `${block}\n`)}\n- 最后一个*`)).toBe(`${(2 * limits.guideMarks) / limits.paragraphMarks + 1}:7 too-many-marks`)
  })

  it('counts no items or marks in fenced code, HTML blocks and front matter', () => {
    // Two items a line: past the limit under one heading within its lines.
    const many = lines(limits.headingLines - 10, () => '- - **项**')
    for (const [open, close] of [['```', '```'], ['~~~~', '~~~~'], ['<!--', '-->'], ['<pre>', '</pre>']]) {
      expect(at(`${open}\n${many}\n${close}\n- 项`), open).toBeUndefined()
    }
    // Nor across the guide: more item-like lines and marks in code than the guide may have.
    const blocks = Math.ceil(limits.guideItems / (limits.headingLines - 10)) + 1
    expect(at(lines(blocks, () => `#### 代码\n\`\`\`\n${many}\n\`\`\``))).toBeUndefined()
    expect(at(`---\n${many}\n---\n# t`)).toBeUndefined()
    // A tag-like line opens an HTML block that ends at a blank line.
    expect(at(`<div>\n${many}`)).toBeUndefined()
    expect(at(`<div>\n\n${many}`)).toBe(`${2 + limits.headingItems / 2 + 1}:1 too-many-items`)
  })
})

describe('inputs just within the limits', () => {
  const noInternalError = (source: string) => parse(source).messages.filter((m) => m.ruleId === 'internal-error' || m.ruleId?.startsWith('too-many')).map((m) => m.reason)

  it('parses the deepest nesting allowed on one line without overflowing the stack', () => {
    expect(noInternalError(replaceOnce(valid, '  - 三次握手的过程', `  - ${'- '.repeat(limits.lineDepth - 2)}最深`))).toEqual([])
    expect(noInternalError(replaceOnce(valid, '  - 三次握手的过程', `  ${'> '.repeat(limits.lineDepth - 1)}最深`))).toEqual([])
  })

  it('parses formatting nested as deep as the marks allow without overflowing the stack', () => {
    const half = limits.paragraphMarks / 2
    const nested = `${'*a _b '.repeat(half / 2)}x${' b_ a*'.repeat(half / 2)}`
    expect(noInternalError(replaceOnce(valid, '  - 三次握手的过程', `  - ${nested}`))).toEqual([])
    expect(noInternalError(replaceOnce(valid, '  - 三次握手的过程', `  - ${'['.repeat(half)}x${'](y)'.repeat(half)}`))).toEqual([])
  })
})

describe('bounded reports', () => {
  const lines = (count: number, line: (index: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('\n')

  it('lists the first 1000 messages and counts the rest into one error', () => {
    const source = replaceOnce(valid, '  - 三次握手的过程', lines(900, (i) => `  - 第${i}题 <b>粗</b><i>斜</i>`))
    const {guide, messages} = parse(source)
    expect(guide).toBeUndefined()
    expect(messages).toHaveLength(1001)
    const summary = messages.find((m) => m.ruleId === 'too-many-messages')
    expect(summary).toMatchObject({fatal: true, reason: 'Unexpected 2600 more problems after the first 1000, expected fewer'})
    expect(source.split('\n')[summary!.line! - 1]).toContain('第250题')
  })

  it('counts warnings past the first 1000 into one warning', () => {
    const source = replaceOnce(valid, '#### 进程管理', lines(1200, (i) => `#### **分组${i}**\n- 题目`) + '\n#### 进程管理')
    const {guide, messages} = parse(source)
    expect(guide).toBeDefined()
    expect(messages.filter((m) => m.ruleId === 'too-many-messages').map((m) => [m.fatal, m.reason])).toEqual([[false, 'Unexpected 200 more problems after the first 1000, expected fewer']])
  })
})

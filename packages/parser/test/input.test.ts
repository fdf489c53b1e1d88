import {readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {replaceEach} from '../../../test-utils/replace-once.js'

const valid = readFileSync(new URL('fixtures/valid/input.md', import.meta.url), 'utf8')
const summary = (input: string | Uint8Array) => {
  const {guide, messages} = parse(input)
  return {guide, messages: messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)}
}

describe('input handling', () => {
  it('parses CRLF line endings exactly as LF', () => {
    expect(summary(valid.replaceAll('\n', '\r\n'))).toEqual(summary(valid))
  })

  it('parses a byte order mark exactly as without one', () => {
    expect(summary('\uFEFF' + valid)).toEqual(summary(valid))
    expect(summary(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)]))).toEqual(summary(valid))
  })

  it('reads UTF-8 bytes like text', () => {
    expect(summary(new TextEncoder().encode(valid))).toEqual(summary(valid))
  })

  it('reports non-UTF-8 bytes at their line', () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('---\nid: a\n---\n'), 0xc4, 0xe3, 0xba, 0xc3, 0x0a])
    expect(summary(gbk)).toEqual({guide: undefined, messages: ['4:1 encoding']})
  })

  it('reports binary input', () => {
    const {messages} = parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.fatal).toBe(true)
    expect(messages[0]!.ruleId).toBe('encoding')
    expect(summary('# 标题\n\0\n').messages).toEqual(['2:1 encoding'])
  })

  it('reports empty and blank input', () => {
    for (const input of ['', ' \n\n\t\n', new Uint8Array()]) {
      expect(summary(input)).toEqual({guide: undefined, messages: ['1:1 empty-file']})
    }
  })

  it('sets the version it is given', () => {
    expect(parse(valid, {version: '1.2.3'}).guide?.version).toBe('1.2.3')
    expect(parse(valid).guide?.version).toBe('next')
  })

  it('names the file in its messages', () => {
    const {file, messages} = parse('', {path: 'content/x/guide.md'})
    expect(file.path).toBe('content/x/guide.md')
    expect(messages.map((m) => m.file)).toEqual(['content/x/guide.md'])
    expect(String(messages[0])).toMatch(/^content\/x\/guide\.md:1:1/)
  })

  it('reads part and section titles holding U+2028/U+2029 (no line breaks in Markdown)', () => {
    const input = replaceEach(valid, [['## 一、基础知识 (', '## 一、基础\u2028知识 ('], ['### 1.1 网络协议 (', '### 1.1 网络\u2029协议 (']])
    // Both anchors exist in the fixture: the edited titles are in the input.
    expect(input).toContain('一、基础\u2028知识 (')
    expect(input).toContain('1.1 网络\u2029协议 (')
    const {guide, messages} = summary(input)
    expect(messages).toEqual(summary(valid).messages)
    expect(guide?.parts[0]?.title).toBe('基础\u2028知识')
    expect(guide?.parts[0]?.sections[0]?.title).toBe('网络\u2029协议')
  })
})

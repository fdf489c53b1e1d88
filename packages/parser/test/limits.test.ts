import {readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'

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
    const source = valid.replace('  - 三次握手的过程', `  - 三次握手的过程\n${deep.replace(/^/gm, '    ')}`)
    const lines = source.split('\n')
    const [deepest] = rules(source).filter((r) => r.endsWith('too-deep'))
    expect(deepest).toBeDefined()
    const line = Number(deepest!.split(':')[0])
    expect(lines[line - 1]).toMatch(/第3\d层/)
  })

  it('refuses formatting nested deeper than any text needs', () => {
    const open = Array.from({length: 40}, (_, i) => (i % 2 ? '_a' : '*a')).join(' ')
    const close = Array.from({length: 40}, (_, i) => ((39 - i) % 2 ? 'a_' : 'a*')).join(' ')
    const source = valid.replace('  - 三次握手的过程', `  - ${open} x ${close}`)
    expect(rules(source).some((r) => r.endsWith('too-deep'))).toBe(true)
  })
})

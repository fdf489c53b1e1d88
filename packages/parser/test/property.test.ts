import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {parse, type ParseResult} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'

// Bounded property tests: a quick run in `npm test`.
// A guide of several parts, levels and a rubric: a frozen fixture of the site's tests.
const guide = readFileSync(new URL('../../site/test/fixtures/content/ml-platform/guide.md', import.meta.url), 'utf8')
const guideLines = guide.split('\n')
const runs = Number(process.env.FUZZ_RUNS ?? 60)

/** Parses and checks the invariants every result must hold. */
function parseAndCheck(input: string | Uint8Array): ParseResult {
  const result = parse(input)
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  for (const message of result.messages) {
    expect(message.ruleId, message.reason).not.toBe('internal-error')
    expect(message.line).toBeGreaterThanOrEqual(1)
    expect(message.line!).toBeLessThanOrEqual(Math.max(lines.length, 1))
    expect(message.column).toBeGreaterThanOrEqual(1)
    expect(message.column!).toBeLessThanOrEqual((lines[message.line! - 1]?.length ?? 0) + 1)
  }
  expect(result.guide === undefined).toBe(result.messages.some((m) => m.fatal))
  return result
}

/** Markdown-ish lines built from the syntax the outline uses. */
const markdownLine = fc.oneof(
  fc.string(),
  fc.constantFrom('#', '##', '###', '####', '#####', '-', '  -', '1.', '---', '```', '**考核目标：**', '> ', '|a|b|', '<b>', '[x](javascript:1)'),
  fc.tuple(fc.constantFrom('# ', '## 一、', '### 1.1 ', '#### ', '- ', '  - ', '1. '), fc.string(), fc.constantFrom('', ' (10分钟)', ' (5-3分钟)', ' (30%)', '？')).map((parts) => parts.join(''))
)

// Each case parses a whole guide: allow time in proportion to the runs.
describe('parse never throws', {timeout: 60_000 + runs * 100}, () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (input) => void parseAndCheck(input)), {numRuns: runs})
  })

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 400}), (input) => void parseAndCheck(input)), {numRuns: runs})
  })

  it('on Markdown made of outline syntax', () => {
    fc.assert(fc.property(fc.array(markdownLine, {maxLength: 40}), (lines) => void parseAndCheck(lines.join('\n'))), {numRuns: runs})
  })

  it('on mutated copies of a guide', () => {
    const mutation = fc.oneof(
      fc.record({kind: fc.constant('delete' as const), at: fc.nat(guideLines.length - 1), count: fc.integer({min: 1, max: 20})}),
      fc.record({kind: fc.constant('duplicate' as const), at: fc.nat(guideLines.length - 1), count: fc.integer({min: 1, max: 20})}),
      fc.record({kind: fc.constant('replace' as const), at: fc.nat(guideLines.length - 1), text: markdownLine}),
      fc.record({kind: fc.constant('truncate' as const), at: fc.nat(guide.length)}),
      fc.record({kind: fc.constant('swap' as const), at: fc.nat(guideLines.length - 1), other: fc.nat(guideLines.length - 1)})
    )
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 5}), (mutations) => {
        let lines = [...guideLines]
        for (const m of mutations) {
          const at = Math.min(m.at, lines.length - 1)
          if (m.kind === 'delete') lines.splice(at, m.count)
          else if (m.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + m.count))
          else if (m.kind === 'replace') lines[at] = m.text
          else if (m.kind === 'swap') [lines[at], lines[m.other % lines.length]] = [lines[m.other % lines.length]!, lines[at]!]
          else lines = lines.join('\n').slice(0, m.at).split('\n')
        }
        parseAndCheck(lines.join('\n'))
      }),
      {numRuns: runs}
    )
  })
})

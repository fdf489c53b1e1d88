import {readFileSync} from 'node:fs'
import fc from 'fast-check'

const root = new URL('../../../', import.meta.url)
export const seed = readFileSync(new URL('content/llm-interview/guide.md', root), 'utf8')
const seedLines = seed.split('\n')
const bodyStart = seedLines.indexOf('---', 1) + 1

/** Characters that stress a Markdown parser: syntax, controls, CJK, RTL, emoji, combining marks. */
const alphabet = fc.constantFrom(
  '#', '-', '*', '_', '`', '~', '>', '|', '[', ']', '(', ')', '<', '!', ':', '：', '（', '）', '%', '\\', ' ', '\t', '\n', '\r',
  '\u0000', '\u0007', '\u001b', '\u200b', '\u2028', '\ufeff', '\ud800', '分钟', '考核目标', '一、', '1.', '10', 'a', 'Z',
  '模型', 'אב', 'ب', '👩‍💻', 'e\u0301', 'javascript:', 'data:', '&#58;', '<script>', '---', '```'
)

/** A line built from outline syntax and hostile characters. */
export const line = fc.oneof(
  fc.array(alphabet, {maxLength: 30}).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('# ', '## 一、', '## 七、', '### 1.1 ', '### 9.9 ', '#### ', '- ', '  - ', '    - ', '1. ', '> ', '**考核目标：** ', '```', '---'), fc.string({maxLength: 40}), fc.constantFrom('', ' (10分钟)', ' (5-3分钟)', '（8 分钟）', ' (30%)', '？', ' [x](javascript:1)'))
    .map((parts) => parts.join('')),
  fc.constantFrom(...seedLines)
)

/** Random Markdown documents, with or without the seed's front matter. */
export const randomDocument = fc
  .tuple(fc.boolean(), fc.array(line, {maxLength: 60}))
  .map(([front, lines]) => (front ? `${seedLines.slice(0, bodyStart).join('\n')}\n` : '') + lines.join('\n'))

/** The seed with lines deleted, duplicated, replaced, swapped or cut. */
export const mutatedSeed = fc
  .array(
    fc.record({kind: fc.constantFrom('delete', 'duplicate', 'replace', 'insert', 'swap', 'truncate'), at: fc.nat(seedLines.length - 1), other: fc.nat(seedLines.length - 1), count: fc.integer({min: 1, max: 30}), text: line}),
    {minLength: 1, maxLength: 6}
  )
  .map((edits) => {
    let lines = [...seedLines]
    for (const e of edits) {
      const at = Math.min(e.at, Math.max(lines.length - 1, 0))
      if (e.kind === 'delete') lines.splice(at, e.count)
      else if (e.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + e.count))
      else if (e.kind === 'replace') lines[at] = e.text
      else if (e.kind === 'insert') lines.splice(at, 0, e.text)
      else if (e.kind === 'swap') [lines[at], lines[e.other % lines.length]] = [lines[e.other % lines.length]!, lines[at]!]
      else lines = lines.slice(0, at)
    }
    return lines.join('\n')
  })

const lines = (count: number, line: (index: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('\n')

/**
 * Inputs whose parse cost grows faster than their size (issue 11), on both
 * sides of the parser's limits: runs of emphasis marks and brackets, list
 * markers on one line, many headings, many items, long lazy paragraphs.
 * Sizes that stay within the guide-wide limits are kept small here (they
 * are slow by nature; `npm run bench` measures the worst of them).
 */
const costly = fc.oneof(
  fc.integer({min: 1, max: 60_000}).map((n) => `- ${'*_'.repeat(n)}`),
  fc.integer({min: 1, max: 60_000}).map((n) => `- ${'['.repeat(n)}`),
  fc.tuple(fc.integer({min: 1, max: 4}), fc.integer({min: 1, max: 600})).map(([count, n]) => lines(count, () => `${'[a](b) *_'.repeat(n)}`)),
  fc.integer({min: 1, max: 6000}).map((n) => `${'- '.repeat(n)}项`),
  fc.integer({min: 1, max: 25_000}).map((n) => lines(n, (i) => `#### 分组${i}`)),
  fc.integer({min: 1, max: 1200}).map((n) => lines(n, (i) => `#### 分组${i}\n- 题目${i}`)),
  fc.integer({min: 1, max: 120_000}).map((n) => `#### 分组\n${lines(n, (i) => `- 题目${i}`)}`),
  fc.integer({min: 30_001, max: 40_000}).map((n) => lines(Math.ceil(n / 900), (g) => `#### 分组${g}\n${lines(Math.min(900, n - g * 900), () => '- 题')}`)),
  fc.integer({min: 1, max: 1500}).map((n) => `#### 分组\n- 题目\n${lines(n, () => '续行')}`),
  fc.integer({min: 1, max: 70_000}).map((n) => lines(n, (i) => (i % 500 ? '' : '#### 分组')))
)

/** Deep nesting of lists, quotes and formatting, very long lines, and costly constructs. */
export const extreme = fc.oneof(
  fc.integer({min: 1, max: 400}).map((n) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')),
  fc.integer({min: 1, max: 2000}).map((n) => `${'> '.repeat(n)}引用`),
  fc.integer({min: 1, max: 300}).map((n) => `- ${'*a _b '.repeat(n)}x${' b_ a*'.repeat(n)}`),
  fc.integer({min: 1000, max: 200_000}).map((n) => `- ${'很'.repeat(n)}`),
  fc.integer({min: 1, max: 5000}).map((n) => `${seed}\n${'- ['.repeat(n)}`),
  fc.integer({min: 1, max: 3000}).map((n) => '`'.repeat(n) + 'x' + '`'.repeat(n - 1)),
  costly,
  costly.map((text) => `${seed}\n${text}`)
)

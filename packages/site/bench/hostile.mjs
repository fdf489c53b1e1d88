// Hostile inputs: sources whose parse cost would grow faster than their
// size (issue 11), and the worst inputs still within the parser's limits.
// Each is checked by `llm-interview check` as a whole process: wall time,
// peak memory, exit status and the first message. Part of `npm run bench`;
// `node packages/site/bench/hostile.mjs` runs only these rows.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {timeProcess} from './measure.mjs'

const lines = (count, line) => Array.from({length: count}, (_, i) => line(i)).join('\n')

/** A small valid guide of one part, with `body` as the content of its only group. */
function guideWith(body) {
  return `---
id: hostile
lang: zh-CN
duration: 10-20
---
# 压力测试大纲

## 一、唯一的部分 (10分钟)

### 1.1 唯一的小节 (10分钟)
**考核目标：** 检查解析的成本

#### 分组
- 普通的题目
${body}
`
}

/** The classes of issue 11 (refused by a limit), then the costliest inputs the limits allow. */
export const hostileInputs = [
  {name: '`*_` x 50k on one line', source: () => guideWith(`- ${'*_'.repeat(50_000)}`)},
  {name: '`[` x 50k on one line', source: () => guideWith(`- ${'['.repeat(50_000)}`)},
  {name: '`- ` x 3500 on one line', source: () => guideWith(`${'- '.repeat(3500)}项`)},
  {name: '`- ` x 5000 on one line', source: () => guideWith(`${'- '.repeat(5000)}项`)},
  {name: '20k `####` headings', source: () => guideWith(lines(20_000, (i) => `#### 分组${i}\n- 题目${i}`))},
  {name: '100k list items', source: () => guideWith(lines(100_000, (i) => `- 题目${i}`))},
  {name: 'within limits: 30k nested items', within: true, source: () => guideWith(lines(30, (g) => `#### 分组${g}\n${lines(499, (i) => `- 题目${i}\n  - 子题${i}`)}`))},
  {name: 'within limits: 10k headings', within: true, source: () => guideWith(lines(9_990, (i) => `#### 分组${i}\n- 题目${i}\n- 题目\n- 题目`))},
  {name: 'within limits: 100k `*_` marks', within: true, source: () => guideWith(lines(100, () => `#### 分组\n- ${'*_'.repeat(499)}*\n`))},
  {name: 'within limits: 59k lazy lines in 59 items', within: true, source: () => guideWith(lines(59, () => `#### 分组\n- 题目\n${lines(997, () => '续行')}`))}
]

/** Measures every hostile input with `check`; `runs` runs each (fewer for the slow ones within limits). */
export function measureHostile(bin, runs) {
  const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-hostile-'))
  mkdirSync(path.join(work, 'hostile'))
  const rows = []
  for (const input of hostileInputs) {
    const source = input.source()
    // In a folder named after the guide's id, as `check` requires.
    const file = path.join(work, 'hostile', 'guide.md')
    writeFileSync(file, source)
    const measured = timeProcess([bin, 'check', '--format', 'json', file], input.within ? Math.min(runs, 3) : runs, {statuses: [0, 1], timeout: 120_000})
    const messages = measured.timedOut ? [] : JSON.parse(measured.stdout)
    const first = messages.find((m) => m.severity === 'error') ?? messages[0]
    rows.push({
      name: input.name,
      kilobytes: Buffer.byteLength(source) / 1024,
      ms: measured.timedOut ? null : measured.ms,
      rssMiB: measured.timedOut ? null : measured.rssKiB / 1024,
      timedOut: measured.timedOut,
      exit: measured.status,
      messages: messages.length,
      rule: first?.ruleId ?? null,
      first: first ? `${first.line}:${first.column} ${first.ruleId}: ${first.message}` : null
    })
  }
  rmSync(work, {recursive: true, force: true})
  return rows
}

/** Table rows in the bench's layout. */
export function hostileTable(rows, f) {
  return rows.map((r) => [
    `check, ${r.name} (${f(r.kilobytes)} KB)`,
    r.timedOut ? '> 120000 ms (stopped)' : `${f(r.ms)} ms, ${f(r.rssMiB)} MiB peak, exit ${r.exit}${r.rule ? ` (${r.rule})` : ''}`,
    '',
    '',
    '< 10000 ms, < 1024 MiB, exit 0/1'
  ])
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env.RUNS ?? 5)
  const bin = fileURLToPath(new URL('../bin/llm-interview.js', import.meta.url))
  const rows = measureHostile(bin, runs)
  const f = (n) => (n === null ? '—' : Number(n).toFixed(0))
  for (const row of hostileTable(rows, f)) console.log(row.slice(0, 2).join('  '))
  for (const row of rows) if (row.first) console.log(`${row.name}: ${row.first}`)
}

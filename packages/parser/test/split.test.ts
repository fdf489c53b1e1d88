import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {replaceEach} from '../../../test-utils/replace-once.js'

// Guides of several parts (the frozen fixtures of the site's tests; each
// part is parsed on its own), then this package's own fixtures.
const guides = new URL('../../site/test/fixtures/content/', import.meta.url)
const mlPlatform = readFileSync(new URL('ml-platform/guide.md', guides), 'utf8')
const guideFiles = ['ml-platform/guide.md', 'ml-platform/versions/1.0.0.md', 'backend-interview/guide.md', 'backend-interview/versions/1.0.0.md']
const fixtures = new URL('fixtures/', import.meta.url)

/** Everything a parse result says, positions included. */
function outcome(source: string, split: boolean) {
  const {guide, messages} = parse(source, {split})
  return {
    guide,
    messages: messages.map((m) => ({place: m.place, ruleId: m.ruleId, reason: m.reason, fatal: m.fatal}))
  }
}

describe('parsing part by part', () => {
  it('gives guides of several parts exactly the result of a whole parse', {timeout: 30_000}, () => {
    for (const name of guideFiles) {
      const input = readFileSync(new URL(name, guides), 'utf8')
      expect(outcome(input, true), name).toEqual(outcome(input, false))
    }
  })

  it('gives every fixture exactly the result of a whole parse', {timeout: 60_000}, () => {
    for (const name of readdirSync(fixtures)) {
      const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')
      expect(outcome(input, true), name).toEqual(outcome(input, false))
    }
  })

  it('cuts nowhere a heading is part of the block above it, and where a less indented line ends a list item’s fence', () => {
    const guide = (body: string) => `---\nid: a\nlang: zh-CN\nduration: 5-10\n---\n# 标题\n\n${body}\n## 二、后来的部分 (5分钟)\n`
    const part = '## 一、部分 (5分钟)\n### 1.1 小节 (5分钟)\n**考核目标：** 目标\n#### 分组\n- 题目'
    for (const body of [`<div>\n${part}`, `- 项\n  ${part}`, `<!--\n${part}\n-->`, `<pre>\n\n${part}\n</pre>`, `\`\`\`\n${part}\n\`\`\``, `${part}\n${'#### 组\n- 题\n'.repeat(150)}<div>\n${part}`, `- 项\n  \`\`\`bash\n${part}\n\n段落\n\n  \`\`\`\n${part}`, `  \`\`\`\n${part}\n\`\`\``]) {
      expect(outcome(guide(body), true), body).toEqual(outcome(guide(body), false))
    }
  })

  it('keeps message positions on mutated copies of a guide', () => {
    const lines = mlPlatform.split('\n')
    const edit = fc.record({
      at: fc.nat(lines.length - 1),
      text: fc.constantFrom('## 七、新的部分 (10分钟)', '```', '~~~~', '## ', '### 9.9 错误 (5分钟)', '<!-- x', '-->', '<div>', '<pre>', '</pre>', '- <b>x</b>', '    ## 缩进', '  ## 缩进两格', ' ## 缩进一格', '> ## 引用', '#### 分组', '  ```', 'plain', '')
    })
    fc.assert(
      fc.property(fc.array(edit, {minLength: 1, maxLength: 4}), (edits) => {
        const copy = [...lines]
        for (const e of edits) copy.splice(e.at, 0, e.text)
        const source = copy.join('\n')
        expect(outcome(source, true)).toEqual(outcome(source, false))
      }),
      {numRuns: 40}
    )
  }, 120_000)
})

describe('incremental parsing', () => {
  it('gives the same result when reusing the trees of unchanged parts', () => {
    const edited = replaceEach(mlPlatform, [
      ['### 1.1 分布式训练 (15分钟)', '### 1.1 分布式训练（修订） (15分钟)'],
      ['### 1.2 数据管线 (10分钟)', '### 1.2 数据管线']
    ])
    for (const source of [mlPlatform, edited, mlPlatform]) {
      const fresh = parse(source)
      const reused = parse(source, {incremental: true})
      expect(reused.guide).toEqual(fresh.guide)
      expect(reused.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(fresh.messages.map((m) => `${m.line}:${m.column} ${m.reason}`))
    }
  }, 60_000)
})

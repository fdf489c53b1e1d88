import {readFileSync} from 'node:fs'
import {mdastToOutline, parse} from '@org/llm-interview-parser'
import type {Guide, Item} from '@org/llm-interview-schema'
import type {Code, ListItem, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

// Outlines written in the guide template by other authors: as written
// (test/outlines/<name>.md, no front matter) and as guides
// (test/fixtures/outline-<name>/input.md, front matter added).
const names = ['recsys', 'frontend', 'data-eng'] as const
const outline = (name: string) => readFileSync(new URL(`outlines/${name}.md`, import.meta.url), 'utf8')
const guideSource = (name: string) => readFileSync(new URL(`fixtures/outline-${name}/input.md`, import.meta.url), 'utf8')
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** What the Markdown holds, counted on its syntax tree alone. */
function sourceCounts(text: string): {listItems: string[]; code: string[]} {
  const tree = markdown.parse(text)
  const listItems: string[] = []
  const code: string[] = []
  visit(tree, 'listItem', (node: ListItem) => {
    const first = node.children[0]
    listItems.push(normalize(first?.type === 'paragraph' ? toString(first) : ''))
  })
  visit(tree, 'code', (node: Code) => void code.push(node.value))
  return {listItems, code}
}

/** What the guide holds: the texts of its items (and level list) and its code. */
function guideCounts(guide: Guide): {texts: string[]; code: string[]; items: number} {
  const texts: string[] = []
  const code: string[] = []
  let items = 0
  const walk = (list: readonly Item[]) => {
    for (const item of list) {
      items++
      if (item.inlines.length > 0) texts.push(normalize(item.text))
      if (item.code) code.push(item.code.value)
      walk(item.items)
    }
  }
  for (const part of guide.parts) for (const section of part.sections) for (const group of section.groups) walk(group.items)
  for (const criterion of guide.rubric) walk(criterion.points)
  for (const group of [...(guide.tips ?? []), ...(guide.references ?? [])]) walk(group.items)
  for (const entry of guide.levelList ?? []) texts.push(normalize(`${entry.label}${entry.focus.text}`))
  return {texts, code, items}
}

function normalize(text: string): string {
  return text.replace(/[\s:：]/g, '')
}

/** Every list item and code block of the source is in the guide, once. */
function expectEverythingKept(source: string, guide: Guide): void {
  const counts = sourceCounts(source)
  const kept = guideCounts(guide)
  expect(counts.listItems.length).toBeGreaterThan(20)
  const texts = [...kept.texts]
  for (const text of counts.listItems) {
    const index = texts.indexOf(text)
    expect(index, `list item \`${text}\` is in the guide`).not.toBe(-1)
    texts.splice(index, 1)
  }
  expect(kept.code.sort()).toEqual([...counts.code].sort())
}

/** The guide a tree gives, even when its front matter is missing. */
function draftOf(text: string): {draft: Guide; file: VFile} {
  const file = new VFile({path: 'outline.md', value: text})
  // Not validated (the front matter is missing), but of the guide's shape.
  const draft = mdastToOutline(markdown.parse(file) as Root, file) as unknown as Guide
  return {draft, file}
}

describe('outlines of other authors in the guide template', () => {
  for (const name of names) {
    it(`${name}: the fixture is the outline with front matter added`, () => {
      expect(guideSource(name).endsWith(`---\n${outline(name)}`)).toBe(true)
    })

    it(`${name}: parses with no errors and keeps every list item and code block`, () => {
      const {guide, messages} = parse(guideSource(name), {path: 'guide.md'})
      expect(messages.filter((m) => m.fatal).map(String)).toEqual([])
      expectEverythingKept(guideSource(name), guide!)
    })

    it(`${name}: without front matter, the only error is the missing front matter, and nothing is lost`, () => {
      const {draft, file} = draftOf(outline(name))
      expect(file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['front-matter'])
      expectEverythingKept(outline(name), draft)
    })
  }

  it('counts what it compares: the lead-in outline has its scenarios and code', () => {
    const {guide} = parse(guideSource('frontend'))
    const kept = guideCounts(guide!)
    expect(kept.code).toHaveLength(2)
    expect(sourceCounts(guideSource('frontend')).code).toHaveLength(2)
    const group = guide!.parts[0]!.sections[1]!.groups[1]!
    expect(group.items.map((item) => [item.lead, item.items.length])).toEqual([
      ['场景1', 0],
      ['分析要求', 3],
      ['场景2', 2]
    ])
    const question = guide!.parts[1]!.sections[0]!.groups[1]!.items[0]!
    expect([question.kind, question.lead, question.code?.lang, question.items.length]).toEqual(['code', '题目2：实现一个防抖函数', 'ts', 2])
  })

  for (const name of ['frontend', 'data-eng']) {
    it(`${name}: gives the same guide, except levels, with or without level plans`, () => {
      const source = guideSource(name)
      const end = source.indexOf('\n---\n', 4)
      const start = source.indexOf('\nlevels:')
      // Comment the plans out line by line, so every position stays the same.
      const withoutLevels = source.slice(0, start) + source.slice(start, end).replace(/\n/g, '\n# ') + source.slice(end)
      const a = parse(source)
      const b = parse(withoutLevels)
      expect(b.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal ? 'error' : 'warning'}`)).toEqual([
        `${source.split('\n').findIndex((line) => a.guide!.headings.levels!.title === line.slice(4)) + 1}:1 level-plan warning`
      ])
      expect(b.guide!.levels).toEqual([])
      expect(a.guide!.levels.length).toBeGreaterThan(1)
      expect({...b.guide!, levels: a.guide!.levels}).toEqual(a.guide)
    })
  }

  it('reports relative link targets that do not exist, at the link, and keeps every URL as written', () => {
    const existing = new Set(['notes/layers.md', 'notes/dimensional.md', './oncall/README.md'])
    const asked: string[] = []
    const source = guideSource('data-eng')
    const {guide, messages} = parse(source, {
      linkExists(target) {
        asked.push(target)
        return existing.has(target)
      }
    })
    expect([...new Set(asked)].sort()).toEqual(['../shared/small-files.md', './oncall/README.md', 'notes/dimensional.md', 'notes/layers.md'])
    const line = source.split('\n').findIndex((l) => l.includes('../shared/small-files.md')) + 1
    expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.fatal ? 'error' : 'warning'}`)).toEqual([`${line} link-target warning`])
    expect(guide).toBeDefined()
    expect(JSON.stringify(guide)).toContain('"url":"../shared/small-files.md"')
    expect(guide!.parts[0]!.sections[0]!.titleInlines).toEqual([{type: 'link', url: 'notes/layers.md', children: [{type: 'text', value: '数仓分层'}]}])
  })
})

describe('documents in a different template', () => {
  const others = {
    readme: [
      '# my-tool',
      '',
      'A command line tool. [Docs](./docs/index.md)',
      '',
      '## Install',
      '',
      '```sh',
      'npm install my-tool',
      '```',
      '',
      '## Usage',
      '',
      '- run `my-tool`',
      '- read the **output**',
      '',
      '| flag | meaning |',
      '| --- | --- |',
      '| -v | verbose |',
      ''
    ].join('\n'),
    numbered: ['1. 自我介绍', '2. 项目经历', '   1. 最有挑战的项目', '3. 反问环节', ''].join('\n'),
    headingsOnly: ['# 面试题', '## 第一轮', '### 算法', '#### 排序', '## 第二轮', ''].join('\n'),
    frontMatterOnly: ['---', 'id: x', 'lang: zh-CN', 'duration: 30', '---', ''].join('\n')
  }

  for (const [name, text] of Object.entries(others)) {
    it(`${name}: ends with positioned messages only`, () => {
      const {guide, messages} = parse(text, {path: `${name}.md`})
      expect(guide).toBeUndefined()
      expect(messages.length).toBeGreaterThan(0)
      for (const message of messages) {
        expect(message.ruleId).not.toBe('internal-error')
        expect(message.line, String(message)).toBeGreaterThanOrEqual(1)
        expect(message.column, String(message)).toBeGreaterThanOrEqual(1)
        expect(message.reason).toMatch(/^Unexpected .+, expected /)
        expect(message.note).toMatch(/\S/)
      }
    })
  }
})

import {readFileSync} from 'node:fs'
import type {Guide, Item} from '@org/llm-interview-schema'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {insertedTexts, insertQuestionAndGroup, itemsByContent} from '../../../test-utils/insert-topics.js'
import {replaceOnce} from '../../../test-utils/replace-once.js'

function guideOf(text: string): Guide {
  const {guide, messages} = parse(text, {path: 'guide.md'})
  expect(messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([])
  return guide!
}

function allIds(guide: Guide): string[] {
  const ids: string[] = []
  const visit = (item: Item): void => {
    ids.push(item.id)
    item.items.forEach(visit)
  }
  for (const part of guide.parts) {
    ids.push(part.id)
    for (const section of part.sections) {
      ids.push(section.id)
      for (const group of section.groups) {
        ids.push(group.id)
        group.items.forEach(visit)
      }
    }
  }
  for (const criterion of guide.rubric) {
    ids.push(criterion.id)
    criterion.points.forEach(visit)
  }
  for (const group of [...guide.tips, ...guide.references]) {
    ids.push(group.id)
    group.items.forEach(visit)
  }
  return ids
}

const outline = `---
id: ids
lang: zh-CN
duration: 20-30
---
# 标识测试

## 一、基础 (20分钟)

### 1.1 概念 (10分钟)

**考核目标：** 了解概念

- 开场话题

#### 原理

- 第一个问题？
  - 追问甲
  - 追问乙
- 第二个话题
- 第二个话题

#### 实践

- 一个实践问题？

  \`\`\`python
  print("hi")
  \`\`\`

### 1.2 应用 (10分钟)

**考核目标：** 会用

#### 场景

- 场景一
  - 实现思路
- 场景二
  - 实现思路
- 注意 事项

## 评分标准

### 深度 (60%)

- 原理清楚

### 表达 (40%)

- 条理清晰

## 面试建议

### 技巧

- 先易后难

## 参考资料

### 书籍

- 一本书
`

/** Item IDs by text path, for outlines whose texts are unique per place. */
const ids = (guide: Guide) => itemsByContent(guide)

describe('content-derived IDs', () => {
  const before = guideOf(outline)

  it('are unique in the guide, anchors as they are, with equal texts of one place told apart in order', () => {
    const all = allIds(before)
    expect(new Set(all).size).toBe(all.length)
    for (const id of all) expect(id).toMatch(/^[0-9a-z.-]+$/)
    const group = before.parts[0]!.sections[0]!.groups[1]!
    expect(group.items[2]!.id).toBe(`${group.items[1]!.id}-2`)
    // The same sub-topic under two parents is two items with their own IDs.
    const [one, two] = before.parts[0]!.sections[1]!.groups[0]!.items
    expect(one!.items[0]!.id).not.toBe(two!.items[0]!.id)
  })

  it('name their section and say nothing of their place', () => {
    const section = before.parts[0]!.sections[0]!
    expect(section.groups.map((g) => g.id)).toEqual(['1.1-g0', expect.stringMatching(/^1\.1-g-[0-9a-z]{7}$/), expect.stringMatching(/^1\.1-g-[0-9a-z]{7}$/)])
    for (const group of section.groups) for (const item of group.items) expect(item.id).toMatch(/^1\.1-[0-9a-z]{7}(-\d+)?$/)
    expect(before.rubric.map((c) => c.id)).toEqual([expect.stringMatching(/^rubric-[0-9a-z]{7}$/), expect.stringMatching(/^rubric-[0-9a-z]{7}$/)])
    expect(before.tips[0]!.id).toMatch(/^tips-[0-9a-z]{7}$/)
    expect(before.references[0]!.id).toMatch(/^references-[0-9a-z]{7}$/)
  })

  it('survive insertions, deletions and moves within a section', () => {
    const edited = [
      ['- 第一个问题？\n', '- 新的第一个问题？\n- 第一个问题？\n'],
      ['- 一个实践问题？\n', '- 开场话题之后\n- 一个实践问题？\n'],
      ['#### 原理\n', '#### 新分组\n\n- 新话题\n\n#### 原理\n'],
      // A move from one group of 1.2 to a new one.
      ['- 场景二\n  - 实现思路\n', '\n#### 另一组\n\n- 场景二\n  - 实现思路\n'],
      ['### 深度 (60%)', '### 新标准 (0%)\n\n- 新要点\n\n### 深度 (60%)'],
      ['- 开场话题\n', '']
    ].reduce((text, [from, to]) => replaceOnce(text, from!, to!), outline)
    const after = ids(guideOf(edited))
    const kept = [...ids(before)].filter(([key]) => !key.endsWith('\u0000开场话题'))
    for (const [key, id] of kept) expect(after.get(key), key.replaceAll('\u0000', ' / ')).toBe(id)
    const rubric = guideOf(edited).rubric
    expect(rubric.slice(1).map((c) => [c.id, c.points.map((p) => p.id)])).toEqual(before.rubric.map((c) => [c.id, c.points.map((p) => p.id)]))
  })

  it('change for a reworded item and what hangs under it, and for nothing else', () => {
    const after = ids(guideOf(replaceOnce(outline, '- 第一个问题？', '- 第一个问题，换了说法？')))
    const changed = [...ids(before)].filter(([key, id]) => after.get(key) !== id).map(([key]) => key.split('\u0000').slice(1).join(' / '))
    expect(changed).toEqual(['第一个问题？', '第一个问题？ / 追问甲', '第一个问题？ / 追问乙'])
    const reworded = guideOf(replaceOnce(outline, '- 第一个问题？', '- 第一个问题，换了说法？')).parts[0]!.sections[0]!.groups[1]!.items[0]!
    expect(reworded.id).not.toBe(before.parts[0]!.sections[0]!.groups[1]!.items[0]!.id)
  })

  it('ignore how the text is spaced, and not its code', () => {
    const spaced = guideOf(replaceOnce(outline, '- 注意 事项', '-  注意 \t 事项'))
    expect(allIds(spaced)).toEqual(allIds(before))
    const recoded = guideOf(replaceOnce(outline, 'print("hi")', 'print("bye")'))
    const item = (g: Guide) => g.parts[0]!.sections[0]!.groups[2]!.items[0]!.id
    expect(item(recoded)).not.toBe(item(before))
  })

  it('are the same on every parse', () => {
    expect(allIds(guideOf(outline))).toEqual(allIds(before))
  })
})

describe('inserting a question and a group', () => {
  const fixtures = ['valid', 'outline-data-eng', 'outline-frontend', 'outline-recsys', 'heading-formatting']
  const outlines = fixtures.map((name) => [name, readFileSync(new URL(`fixtures/${name}/input.md`, import.meta.url), 'utf8')] as const)
  for (const [name, text] of [['the outline above', outline] as const, ...outlines]) {
    it(`keeps the ID of every other item (${name})`, () => {
      const before = guideOf(text)
      const after = guideOf(insertQuestionAndGroup(text, before))
      const old = ids(before)
      const now = ids(after)
      const unchanged = [...old].filter(([key, id]) => now.get(key) === id)
      expect(unchanged.length / old.size).toBe(1)
      const added = [...now.keys()].filter((key) => !old.has(key)).map((key) => key.split('\u0000').at(-1))
      expect(added).toEqual(expect.arrayContaining([...insertedTexts]))
      expect(added).toHaveLength(2)
    })
  }
})

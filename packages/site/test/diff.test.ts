import {readFileSync, readdirSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {stringsFor} from '@org/llm-interview-renderer'
import type {Guide} from '@org/llm-interview-schema'
import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {expectedJson} from '../../../test-utils/golden.js'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {diffContent, diffGuides, formatDiff, similarity, type GuideDiff} from '../src/diff/index.js'
import {fixtureText} from './content.js'

const s = stringsFor('zh-CN')
const fixtures = new URL('fixtures/diff/', import.meta.url)
// ml-platform 1.0.0, a frozen fixture release (with a total-duration warning of its own).
const mlPlatform = fixtureText('ml-platform', '1.0.0')
const links = {section: (version: string, id: string) => `/llm-interview/${version}/#sec-${id}`}

/** Parses a guide that must be free of errors, and of warnings unless `warnings`. */
function guideOf(markdown: string, version: string, warnings = false): Guide {
  const {guide, messages} = parse(markdown, {version})
  expect(messages.filter((m) => (warnings ? m.fatal : true)).map(String)).toEqual([])
  return guide!
}

function fixture(name: string): {from: Guide; to: Guide; expectedPath: URL} {
  const dir = new URL(`${name}/`, fixtures)
  return {
    from: guideOf(readFileSync(new URL('from.md', dir), 'utf8'), '1.0.0'),
    to: guideOf(readFileSync(new URL('to.md', dir), 'utf8'), '1.1.0'),
    expectedPath: new URL('expected.json', dir)
  }
}

const cases = readdirSync(fixtures).sort()

/** The levels of the headings in document order, depth first. */
function headingLevels(nodes: readonly (Element | ElementContent)[]): number[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return []
    const own = /^h[1-6]$/.test(node.tagName) ? [Number(node.tagName[1])] : []
    return [...own, ...headingLevels(node.children)]
  })
}

function expectNoSkippedHeadings(elements: Element[]): void {
  let previous = 1 // the page's h1, made elsewhere
  for (const level of headingLevels(elements)) {
    expect(level, 'heading level').toBeGreaterThanOrEqual(2)
    expect(level, 'heading level').toBeLessThanOrEqual(previous + 1)
    previous = level
  }
}

describe('diffGuides on fixtures', () => {
  it('has fixture cases', () => {
    expect(cases).toEqual(expect.arrayContaining(['edits', 'restructure']))
  })

  for (const name of cases) {
    it(`${name}: matches expected.json`, () => {
      const {from, to, expectedPath} = fixture(name)
      const diff = diffGuides(from, to)
      expect(diff).toStrictEqual(expectedJson(expectedPath, diff))
    })

    it(`${name}: is JSON data, deterministic and leaves its inputs alone`, () => {
      const {from, to} = fixture(name)
      const before = structuredClone([from, to])
      const diff = diffGuides(from, to)
      expect(JSON.parse(JSON.stringify(diff))).toStrictEqual(diff)
      expect(JSON.stringify(diffGuides(from, to))).toBe(JSON.stringify(diff))
      expect([from, to]).toStrictEqual(before)
    })

    it(`${name}: diffContent skips no heading level and links both versions`, () => {
      const {from, to} = fixture(name)
      const content = diffContent(diffGuides(from, to), links, to.lang)
      expectNoSkippedHeadings(content)
      const html = toHtml({type: 'root', children: content} satisfies Root)
      expect(html).toContain('href="/llm-interview/1.0.0/#sec-1.1"')
      expect(html).toContain('href="/llm-interview/1.1.0/#sec-')
    })
  }

  it('reversing the versions swaps added and removed', () => {
    const {from, to} = fixture('restructure')
    const forward = diffGuides(from, to)
    const backward = diffGuides(to, from)
    expect(backward.topics.removed).toEqual(forward.topics.added)
    expect(backward.sections.removed).toEqual(forward.sections.added)
    expect(backward.rubric).toEqual({added: forward.rubric.removed, removed: forward.rubric.added, changed: []})
    expect(backward.levels.removed.map((l) => l.id)).toEqual(forward.levels.added.map((l) => l.id))
    expect(backward.total.delta).toEqual({min: -forward.total.delta.min, max: -forward.total.delta.max})
    expect(backward.topics.reworded.map((r) => [r.from.text, r.to.text])).toEqual(
      forward.topics.reworded.map((r) => [r.to.text, r.from.text])
    )
  })
})

describe('diffGuides on one edit of a guide', () => {
  const guide = guideOf(mlPlatform, '1.0.0', true)

  it('finds nothing between a guide and itself', () => {
    const diff = diffGuides(guide, guideOf(mlPlatform, '1.0.0', true))
    expect(diff.summary.changes).toBe(0)
    expect(diff.total.delta).toEqual({min: 0, max: 0})
    for (const kind of [diff.topics, diff.sections, diff.parts, diff.rubric, diff.levels]) {
      for (const list of Object.values(kind)) expect(list).toEqual([])
    }
    expect(formatDiff(diff, 'text')).toContain(s.diff.noChanges)
    expect(formatDiff(diff, 'md')).toContain(s.diff.noChanges)
    const content = diffContent(diff, links, guide.lang)
    expect(headingLevels(content)).toEqual([])
    expect(toHtml({type: 'root', children: content})).toContain(s.diff.noChanges)
  })

  it('reports one reworded parent topic and nothing else (its nested topics stay put)', () => {
    // 数据并行 has two nested topics (AllReduce..., ZeRO...).
    const diff = diffGuides(guide, guideOf(replaceOnce(mlPlatform, '- **数据并行**\n', '- **数据并行 v2**\n'), 'next', true))
    expect(diff.summary.changes).toBe(1)
    expect(diff.topics.reworded).toHaveLength(1)
    expect(diff.topics.reworded[0]).toMatchObject({from: {text: '数据并行', section: '1.1'}, to: {text: '数据并行 v2', section: '1.1'}})
    expect(diff.topics.reworded[0]!.similarity).toBeGreaterThanOrEqual(0.5)
  })
})

describe('formatDiff', () => {
  const {from, to} = fixture('edits')
  const diff = diffGuides(from, to)
  const totalLine = s.diff.total(s.minutes('40-45'), s.minutes('45-50'), s.diff.delta('+5', '+5'))

  it('text: headline with the total time change, then each kind', () => {
    const text = formatDiff(diff, 'text')
    expect(text.split('\n').slice(0, 2)).toEqual([s.diff.title(s.version('1.0.0'), s.version('1.1.0')), totalLine])
    for (const kind of Object.values(s.diff.kinds)) expect(text).toContain(kind)
    expect(text).not.toContain(s.diff.noChanges)
  })

  it('md: heading, bold total time change, a heading and table per kind', () => {
    const md = formatDiff(diff, 'md')
    expect(md.split('\n').slice(0, 3)).toEqual([`## ${s.diff.title(s.version('1.0.0'), s.version('1.1.0'))}`, '', `**${totalLine}**`])
    expect(md).toContain(`### ${s.diff.heading(s.diff.kinds.topicsReworded, 1)}`)
    expect(md).toContain(`| ${s.diff.columns.place} | ${s.diff.columns.before} | ${s.diff.columns.after} |`)
  })

  it('json: the diff itself, with the total time change', () => {
    const json = formatDiff(diff, 'json')
    expect(json).toBe(JSON.stringify(diff, null, 2))
    expect((JSON.parse(json) as GuideDiff).total).toEqual({from: {min: 40, max: 45}, to: {min: 45, max: 50}, delta: {min: 5, max: 5}})
  })

  it('keeps guide text literal in md and html', () => {
    const tricky = structuredClone(diff)
    tricky.topics.added[0]!.text = 'a | <b>x</b> *y* $z$'
    expect(formatDiff(tricky, 'md')).toContain('a \\| \\<b\\>x\\</b\\> \\*y\\* \\$z\\$')
    const html = toHtml({type: 'root', children: diffContent(tricky, links, 'zh-CN')})
    expect(html).toContain('a | &#x3C;b>x&#x3C;/b> *y* $z$')
    expect(html).not.toContain('<b>')
  })
})

describe('similarity', () => {
  it('is the Dice coefficient of character bigrams on normalised text', () => {
    expect(similarity('三次握手的过程', '三次握手的过程')).toBe(1)
    expect(similarity('为什么需要 TIME_WAIT？', '为什么需要TIME_WAIT?')).toBe(1)
    expect(similarity('三次握手的过程', '三次握手与四次挥手的过程')).toBeCloseTo(12 / 17)
    expect(similarity('上下文切换：开销从何而来', '死锁产生的四个必要条件')).toBe(0)
    expect(similarity('', '')).toBe(0)
  })
})

describe('topics rewritten in place', () => {
  const base = guideOf(mlPlatform, '1.0.0', true)
  const edited = (from: string, to: string) => diffGuides(base, guideOf(replaceOnce(mlPlatform, from, to), 'next', true)).topics

  it('reports a heavy rewording of a line as one reworded topic', () => {
    const topics = edited('  - 量化误差的评估方法\n', '  - 如何评估量化带来的误差\n')
    expect(topics.reworded.map((t) => [t.from.text, t.to.text])).toEqual([['量化误差的评估方法', '如何评估量化带来的误差']])
    expect(topics.added).toEqual([])
    expect(topics.removed).toEqual([])
  })

  it('keeps a replacement that shares no wording as a removal and an addition', () => {
    const topics = edited('  - 量化误差的评估方法\n', '  - 稀疏专家模型\n')
    expect(topics.reworded).toEqual([])
    expect(topics.added.map((t) => t.text)).toEqual(['稀疏专家模型'])
    expect(topics.removed.map((t) => t.text)).toEqual(['量化误差的评估方法'])
  })
})

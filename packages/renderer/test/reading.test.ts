import type {Guide, Item} from '@org/llm-interview-schema'
import {levelVariant, render} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {loadGuide} from './helpers.js'

const guide = loadGuide('backend')

function questions(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [...(item.kind === 'question' ? [item] : []), ...questions(item.items)])
}

/** The HTML of the `<nav class="toc">` of a page. */
function tocOf(html: string): string {
  return html.slice(html.indexOf('<nav class="toc" aria-labelledby="toc-title">'), html.indexOf('<main'))
}

describe('reading the guide', () => {
  it('labels questions, not topics, and counts them per section in the contents', () => {
    const html = render(guide)
    const all = guide.parts.flatMap((p) => p.sections.flatMap((s) => s.groups.flatMap((g) => questions(g.items))))
    expect(all.length).toBeGreaterThan(0)
    for (const item of all) expect(html).toMatch(new RegExp(`<li id="t-${item.id.replace(/\./g, '\\.')}" class="item-question"><span class="item-kind">提问</span>`))
    // Topics carry no class and no label: every label is a question's.
    expect(html).not.toMatch(/<li id="t-[^"]*"><span class="item-kind">/)
    expect(html.match(/<span class="item-kind">/g)?.length).toBe(html.match(/ class="item-question"><span class="item-kind">提问<\/span>/g)?.length)
    const toc = tocOf(html)
    for (const section of guide.parts.flatMap((p) => p.sections)) {
      const n = section.groups.flatMap((g) => questions(g.items)).length
      const entry = toc.slice(toc.indexOf(`href="#sec-${section.id}"`)).split('</li>')[0]!
      if (n > 0) expect(entry).toContain(`${n} 题`)
      else expect(entry).not.toContain('question-count')
    }
  })

  it('flags a plan longer than the recommended duration, for the guide and for a level', () => {
    expect(render(guide)).not.toContain('<li class="over-plan">')
    const level = guide.levels[0]!
    const short: Guide = {...guide, duration: {min: 10, max: 30}}
    expect(render(short)).toContain('<li class="over-plan"><strong>计划 40-45 分钟，超出建议的 10-30 分钟</strong></li>')
    const total = levelVariant(short, level.id).totalMinutes
    expect(total).toBeGreaterThan(30)
    expect(render(short, {level: level.id})).toContain(`<li class="over-plan"><strong>计划 ${total} 分钟，超出建议的 10-30 分钟</strong></li>`)
  })

  it('labels the rows of the page navigation', () => {
    const html = render(guide)
    expect(html).toContain('<span id="nav-levels-label" class="nav-label">级别：</span><ul class="nav-levels" aria-labelledby="nav-levels-label">')
    expect(html).toContain('<span id="nav-views-label" class="nav-label">页面：</span><ul class="nav-views" aria-labelledby="nav-views-label">')
  })

  it('gives level pages a foldable table of contents of their planned sections', () => {
    for (const level of guide.levels) {
      const toc = tocOf(render(guide, {level: level.id}))
      expect(toc).toContain('<details class="toc-details" open>')
      const linked = [...toc.matchAll(/href="#sec-([^"]+)"/g)].map((m) => m[1])
      expect(linked).toEqual(levelVariant(guide, level.id).sections.map((s) => s.section.id))
    }
  })

  it('links the print page back to the page it prints', () => {
    expect(render(guide, {page: 'print'})).toContain('<nav class="print-nav" aria-label="其他视图"><a href="../">← 返回完整大纲</a></nav>')
    const level = guide.levels[0]!
    expect(render(guide, {page: 'print', level: level.id})).toContain(`<nav class="print-nav" aria-label="其他视图"><a href="../">← 返回${level.label}</a></nav>`)
  })

  it('describes every page, with or without an overview', () => {
    const {overview: _overview, ...bare} = guide
    expect(render(bare as Guide)).toContain(`<meta name="description" content="${guide.title}：`)
    expect(render(guide, {page: 'scorecard'})).toContain('<meta name="description" content=')
  })
})

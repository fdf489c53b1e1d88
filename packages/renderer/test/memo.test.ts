import type {Guide, Inline} from '@org/llm-interview-schema'
import {createRenderMemo, defaultHandlers, render, renderTree, type RenderOptions} from '@org/llm-interview-renderer'
import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {loadGuide, pagesOf} from './helpers.js'

const fixtures = ['backend', 'heading-links', 'lead-in'].map((name) => [name, loadGuide(name)] as const)

/** The guide with a link to `url` at the end of its first item. */
function withLink(guide: Guide, url: string): Guide {
  const copy = structuredClone(guide)
  const item = copy.parts[0]!.sections[0]!.groups[0]!.items[0]!
  const link: Inline = {type: 'link', url, children: [{type: 'text', value: 'notes'}]}
  item.inlines = [...item.inlines, {type: 'text', value: ' '}, link]
  return copy
}

describe('render with a memo', () => {
  it('gives the bytes of a render without one, on every page of every fixture, in any order', () => {
    const memo = createRenderMemo()
    for (const [, guide] of fixtures) {
      const pages = pagesOf(guide)
      for (const [name, options] of [...pages, ...[...pages].reverse()]) {
        expect(render(guide, {...options, memo}), name).toBe(render(guide, options))
      }
    }
  })

  it('shares pieces between pages that repeat them', () => {
    const memo = createRenderMemo()
    const [, guide] = fixtures[0]!
    const first = renderTree(guide, {memo})
    const second = renderTree(guide, {page: 'print', memo})
    const lists = (tree: unknown): unknown[] => {
      const found: unknown[] = []
      const visit = (node: any) => {
        if (node.type === 'element' && node.tagName === 'ul' && node.properties.className?.includes('items')) found.push(node)
        else for (const child of node.children ?? []) visit(child)
      }
      visit(tree)
      return found
    }
    const shared = lists(second).filter((list) => lists(first).includes(list))
    expect(shared.length).toBeGreaterThan(0)
    expect(toHtml(first)).toBe(toHtml(renderTree(guide)))
  })

  it('follows what linkHref says on each page, whatever an earlier page got', () => {
    const guide = withLink(fixtures[0]![1], '../notes/a.md')
    const memo = createRenderMemo()
    const hooks: RenderOptions['linkHref'][] = [(url) => `files/${url.slice(3)}`, () => null, () => undefined, (url) => `../../files/${url.slice(3)}`, () => null]
    for (const [index, linkHref] of hooks.entries()) {
      const options: RenderOptions = {page: index % 2 === 0 ? 'guide' : 'print', linkHref}
      const html = render(guide, {...options, memo})
      expect(html).toBe(render(guide, options))
    }
    expect(render(guide, {memo, linkHref: () => null})).not.toContain('notes/a.md')
    expect(render(guide, {memo, linkHref: (url) => `x/${url}`})).toContain('href="x/../notes/a.md"')
  })

  it('renders a changed guide anew (pieces belong to the guide objects they were made from)', () => {
    const memo = createRenderMemo()
    const [, guide] = fixtures[0]!
    expect(render(guide, {memo})).toBe(render(guide))
    const changed = structuredClone(guide)
    const item = changed.parts[0]!.sections[0]!.groups[0]!.items[0]!
    item.inlines = [{type: 'text', value: 'A question written for this test'}]
    const html = render(changed, {memo})
    expect(html).toContain('A question written for this test')
    expect(html).toBe(render(changed))
    expect(render(guide, {memo})).toBe(render(guide))
  })

  it('keeps the languages apart', () => {
    const memo = createRenderMemo()
    const [, guide] = fixtures[0]!
    const english = {...guide, lang: 'en'}
    const chinese = {...guide, lang: 'zh-CN'}
    for (const page of ['guide', 'interview'] as const) {
      expect(render(chinese, {page, memo})).toBe(render(chinese, {page}))
      expect(render(english, {page, memo})).toBe(render(english, {page}))
    }
  })

  it('is not used while handlers it depends on are overridden', () => {
    const [, guide] = fixtures[0]!
    const marked = <K extends 'item' | 'group' | 'section'>(name: K) =>
      ((state: Parameters<(typeof defaultHandlers)[K]>[0], ...rest: unknown[]) => {
        const element = (defaultHandlers[name] as (...args: unknown[]) => Element)(state, ...rest)
        return {...element, properties: {...element.properties, dataPage: state.target.page}}
      }) as unknown as (typeof defaultHandlers)[K]
    for (const name of ['item', 'group', 'section'] as const) {
      const memo = createRenderMemo()
      const handlers = {[name]: marked(name)}
      for (const page of ['guide', 'print', 'interview'] as const) {
        for (const level of [undefined, guide.levels[0]!.id]) {
          const target = {page, ...(level ? {level} : {})}
          render(guide, {...target, memo})
          const html = render(guide, {...target, memo, handlers})
          expect(html, `${name} ${page} ${level}`).toBe(render(guide, {...target, handlers}))
          if (page !== 'interview' || name === 'item') expect(html, `${name} ${page}`).toContain(`data-page="${page}"`)
        }
      }
    }
  })

  it('keeps pieces apart that a level plans differently', () => {
    const memo = createRenderMemo()
    const [, guide] = fixtures[0]!
    for (const level of [undefined, ...guide.levels.map((l) => l.id)]) {
      for (const page of ['guide', 'print', 'interview'] as const) {
        const target = {page, ...(level ? {level} : {})}
        expect(render(guide, {...target, memo}), `${page} ${level}`).toBe(render(guide, target))
      }
    }
  })

  it('keeps raw nodes of the caller as text, as a render without a memo does', () => {
    const memo = createRenderMemo()
    const [, guide] = fixtures[0]!
    const slot = {type: 'element', tagName: 'p', properties: {}, children: [{type: 'raw', value: '<b>not html</b>'}]} as never
    const options: RenderOptions = {slots: {header: [slot]}}
    const html = render(guide, {...options, memo})
    expect(html).toBe(render(guide, options))
    expect(html).toContain('&#x3C;b>not html&#x3C;/b>')
  })
})

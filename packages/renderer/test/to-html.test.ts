import {createRenderMemo, renderTree, type RenderOptions} from '@org/llm-interview-renderer'
import type {Element, Nodes, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h, s} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {serialize} from '../src/to-html.js'
import {loadGuide, pagesOf} from './helpers.js'
import {xssCorpus} from './xss-corpus.js'

const fixtures = ['backend', 'heading-links', 'lead-in', 'seed']

describe('serialize', () => {
  it('gives the bytes of toHtml on every page of every fixture', () => {
    for (const name of fixtures) {
      const guide = loadGuide(name)
      const options: RenderOptions[] = [{}, {stylesheet: {href: '../guide.css'}, icon: 'icon.svg', scripts: ['a.js'], linkHref: (url) => `../files/${url}`}]
      for (const [page, target] of pagesOf(guide)) {
        for (const extra of options) {
          const tree = renderTree(guide, {...target, ...extra})
          expect(serialize(tree), `${name} ${page}`).toBe(toHtml(tree))
        }
      }
    }
  })

  it('gives the bytes of toHtml on hostile text and attribute values', () => {
    for (const payload of [...xssCorpus, '\0', '\t\n\f\r', '`"\'&<>=/', '\uD800 lone surrogate', '😀 &amp; &#x3C;']) {
      const tree: Root = {
        type: 'root',
        children: [
          h('p', {title: payload, className: [payload, 'x'], dataValue: payload, id: payload}, payload),
          h('script', payload),
          h('style', payload),
          h('textarea', payload),
          h('a', {href: payload, download: payload}, [{type: 'text', value: payload}])
        ]
      }
      expect(serialize(tree), JSON.stringify(payload)).toBe(toHtml(tree))
    }
  })

  it('gives the bytes of toHtml on attributes of every kind', () => {
    const cases: Element[] = [
      h('input', {type: 'checkbox', checked: true, disabled: false, hidden: '', value: 0, min: Number.NaN, max: 3.5}),
      h('details', {open: true}, h('summary', 'x')),
      h('details', {open: 'open'}),
      h('a', {download: true, href: 'x'}),
      h('a', {download: 'name.pdf'}),
      h('a', {download: ''}),
      h('a', {download: 'download'}),
      h('input', {accept: ['.md', '.json']}),
      h('input', {accept: ['.md', '']}),
      h('img', {srcSet: ['a.png 1x', 'b.png 2x'], alt: ''}),
      h('td', {headers: ['a', 'b'], colSpan: 2}),
      h('p', {className: []}),
      h('p', {dataFooBar: 'x', ariaLabel: 'y', ariaHidden: true, htmlFor: 'z', acceptCharset: ['utf-8'], unknownThing: 'w'}),
      {type: 'element', tagName: 'p', properties: {'weird name': 'x', 'a"b': 'y', 'c=d': 'z', nothing: null, gone: undefined}, children: []},
      {type: 'element', tagName: 'p', properties: {style: 'color: red'}, children: []}
    ]
    for (const node of cases) expect(serialize(node), JSON.stringify(node.properties)).toBe(toHtml(node))
  })

  it('gives the bytes of toHtml on every kind of node', () => {
    const trees: Nodes[] = [
      {type: 'root', children: [{type: 'doctype'}, h('html', [h('head', h('meta', {charSet: 'utf-8'})), h('body', 'x')])]},
      h('br'),
      {type: 'element', tagName: 'br', properties: {}, children: [{type: 'text', value: 'content in a void element'}]},
      {type: 'element', tagName: 'br', properties: {}, children: [{type: 'text', value: ''}]},
      {type: 'element', tagName: 'BR', properties: {}, children: []},
      {type: 'element', tagName: 'p', properties: {}, children: []},
      {type: 'comment', value: 'a --> comment <!-- x'},
      {type: 'root', children: [{type: 'raw', value: '<b>raw</b>'} as never, h('script', [{type: 'raw', value: '<b>in a script</b>'} as never])]},
      h('div', [s('svg', {viewBox: '0 0 1 1'}, [s('circle', {cx: 1}), s('foreignObject', h('p', {className: ['x']}, 'y'))]), h('p', 'after')]),
      h('div', [h('math', h('mi', 'x')), h('template', 'x')]),
      {type: 'text', value: 'a < b & c > d'},
      {type: 'root', children: []}
    ]
    for (const tree of trees) expect(serialize(tree), JSON.stringify(tree)).toBe(toHtml(tree))
  })

  it('fails as toHtml does on what is not a node', () => {
    const unknown = {type: 'unknown'} as unknown as Nodes
    expect(() => serialize(unknown)).toThrow(/unknown/i)
    expect(() => toHtml(unknown)).toThrow(/unknown/i)
  })

  it('uses the HTML kept for a piece, and keeps what it serializes', () => {
    const piece = h('ul', h('li', 'item'))
    const tree = h('main', [piece, h('p', 'after')])
    const pieces = new WeakMap<Element, string | undefined>([[piece, undefined]])
    expect(serialize(tree, pieces)).toBe(toHtml(tree))
    expect(pieces.get(piece)).toBe('<ul><li>item</li></ul>')
    pieces.set(piece, '<ul><li>kept</li></ul>')
    expect(serialize(tree, pieces)).toBe('<main><ul><li>kept</li></ul><p>after</p></main>')
  })

  it('with a memo, gives the bytes of toHtml of the same tree', () => {
    const guide = loadGuide('backend')
    const memo = createRenderMemo()
    for (const [page, target] of pagesOf(guide)) {
      const tree = renderTree(guide, {...target, memo})
      expect(serialize(tree), page).toBe(toHtml(tree))
    }
  })
})

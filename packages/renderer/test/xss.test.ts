import type {Guide} from '@org/llm-interview-schema'
import {render} from '@org/llm-interview-renderer'
import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {loadGuide, pagesOf} from './helpers.js'
import {xssCorpus} from './xss-corpus.js'


/** Puts `payload` in every string of the guide (except node types), and hostile nodes in every inline list. */
function poison(guide: Guide, payload: string): Guide {
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return key === 'type' ? value : `${value}${payload}`
    if (Array.isArray(value)) {
      const items = value.map((v) => visit(v, key))
      if (key === 'inlines' || key === 'children') {
        items.push(
          {type: 'html', value: payload},
          {type: 'link', url: payload, title: payload, children: [{type: 'text', value: payload}]},
          {type: 'image', url: payload, alt: payload},
          {type: 'element', tagName: 'script', children: [{type: 'text', value: 'alert(1)'}]},
          {type: 'raw', value: payload}
        )
      }
      return items
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]))
    }
    return value
  }
  const poisoned = visit(guide, '') as Guide
  // Level ids name pages; keep them so level pages can be asked for.
  poisoned.levels.forEach((level, index) => (level.id = guide.levels[index]!.id))
  return poisoned
}

const allowedSchemes = new Set(['http', 'https', 'mailto'])
const urlAttributes = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background'])
const allowedTags = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'style', 'header', 'footer', 'main', 'nav', 'aside', 'section', 'div',
  'details', 'summary', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'span', 'strong', 'em',
  'del', 'code', 'pre', 'br', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // The interview page's form controls (no form, so nothing is sent; their attributes are checked like any other).
  'noscript', 'label', 'input', 'textarea', 'select', 'button', 'fieldset', 'legend', 'output', 'caption'
])

/** Every way the rendered page could run script. */
function executableContent(html: string): string[] {
  const found: string[] = []
  const tree: Root = fromHtml(html)
  const walk = (node: Root | RootContent, inHead: boolean) => {
    if (node.type === 'element') {
      const element = node as Element
      if (!allowedTags.has(element.tagName)) found.push(`<${element.tagName}>`)
      if ((element.tagName === 'style' || element.tagName === 'link' || element.tagName === 'meta') && !inHead) found.push(`<${element.tagName}> in body`)
      if (element.tagName === 'meta' && element.properties.httpEquiv) found.push('meta http-equiv')
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`)
        if (name === 'style') found.push(`${element.tagName}[style]`)
        if (urlAttributes.has(name)) {
          // eslint-disable-next-line no-control-regex
          const url = String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
          const scheme = /^([^/?#]*?):/.exec(url)?.[1]
          if (scheme !== undefined && !allowedSchemes.has(scheme)) found.push(`${element.tagName}[${name}=${String(value)}]`)
        }
      }
      for (const child of element.children) walk(child, inHead || element.tagName === 'head')
    } else if (node.type === 'root') {
      for (const child of node.children) walk(child, false)
    }
  }
  walk(tree, false)
  return found
}

describe('XSS corpus', () => {
  const guide = loadGuide('backend')
  for (const payload of xssCorpus) {
    it(`renders no executable content for ${JSON.stringify(payload)}`, () => {
      const poisoned = poison(guide, payload)
      for (const [page, options] of pagesOf(poisoned)) {
        for (const stylesheet of ['inline' as const, {href: '../assets/guide.css'}]) {
          const html = render(poisoned, {...options, stylesheet})
          expect(executableContent(html), page).toEqual([])
        }
      }
    })
  }

  it('detects executable content (the check itself works)', () => {
    expect(executableContent('<p onclick="x()">a</p><a href=" JavaScript:x">b</a><script>1</script>')).toEqual([
      'p[onClick]',
      'a[href= JavaScript:x]',
      '<script>'
    ])
  })
})

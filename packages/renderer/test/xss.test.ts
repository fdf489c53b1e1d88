import type {Guide} from '@org/llm-interview-schema'
import {render} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {loadGuide, pagesOf} from './helpers.js'
import {executableContent} from './unsafe.js'
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

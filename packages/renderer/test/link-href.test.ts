import type {Inline} from '@org/llm-interview-schema'
import {inlinesToHast} from '@org/llm-interview-renderer'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'

const inlines: Inline[] = [
  {type: 'text', value: '见'},
  {type: 'link', url: '../notes/a.md', children: [{type: 'text', value: '笔记'}]},
  {type: 'text', value: '与'},
  {type: 'link', url: 'missing.md#x', children: [{type: 'strong', children: [{type: 'text', value: '缺失'}]}]},
  {type: 'link', url: 'https://example.org/', children: [{type: 'text', value: '外链'}]}
]

const html = (linkHref?: (url: string) => string | null | undefined) => toHtml({type: 'root', children: inlinesToHast(inlines, linkHref ? {linkHref} : {})})

describe('inlinesToHast with linkHref', () => {
  it('keeps every URL without the option', () => {
    expect(html()).toBe('见<a href="../notes/a.md">笔记</a>与<a href="missing.md#x"><strong>缺失</strong></a><a href="https://example.org/">外链</a>')
  })

  it('rewrites, unlinks or keeps each link as the hook says', () => {
    const hook = (url: string) => (url === '../notes/a.md' ? '../files/notes/a.md' : url.startsWith('missing') ? null : undefined)
    expect(html(hook)).toBe('见<a href="../files/notes/a.md">笔记</a>与<strong>缺失</strong><a href="https://example.org/">外链</a>')
  })

  it('sanitizes what the hook returns', () => {
    expect(html(() => 'javascript:alert(1)')).not.toContain('javascript:')
  })
})

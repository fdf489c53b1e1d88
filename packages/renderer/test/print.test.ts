import {cssString, render} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {loadGuide} from './helpers.js'

const seed = loadGuide('seed')

describe('print documents', () => {
  const html = render(seed, {page: 'print'})

  it('set the running header and page numbers', () => {
    expect(html).toContain('@top-center{content:"AI大模型训练推理及优化面试大纲 · 版本 1.0.0"}')
    expect(html).toContain('@bottom-center{content:"第 " counter(page) " 页 / 共 " counter(pages) " 页"}')
  })

  it('carry no screen-only chrome and include the run-sheet and scorecard', () => {
    expect(html).not.toContain('class="skip-link"')
    expect(html).not.toContain('class="page-nav"')
    expect(html).toContain('id="run-sheet"')
    expect(html).toContain('id="scorecard"')
  })

  it('escape text in CSS strings so it cannot close the style element', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "')
  })
})

import {describe, expect, it} from 'vitest'
import {relativeLinkTarget} from './links.js'

describe('relativeLinkTarget', () => {
  it('gives the file path of a relative link, decoded, without query or fragment', () => {
    expect(relativeLinkTarget('../notes/x.md')).toBe('../notes/x.md')
    expect(relativeLinkTarget('notes/x.md#part?no')).toBe('notes/x.md')
    expect(relativeLinkTarget('./a%20b.md?v=1')).toBe('./a b.md')
    expect(relativeLinkTarget('%E7%AC%94%E8%AE%B0.md')).toBe('笔记.md')
    expect(relativeLinkTarget('bad%zz.md')).toBe('bad%zz.md')
  })

  it('leaves out links that are not to a file beside the guide', () => {
    for (const url of ['https://example.com/x.md', 'mailto:a@example.com', '#1.1', '/site/x.md', '//cdn.example.com/x', '?q=1', '']) {
      expect(relativeLinkTarget(url), url).toBeUndefined()
    }
  })
})

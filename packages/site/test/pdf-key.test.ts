import {describe, expect, it} from 'vitest'
import {pdfKeys} from '../src/build/pdf-key.js'
import type {SiteFile} from '../src/build/site-file.js'

describe('pdfKeys', () => {
  const site = (changes: Record<string, string> = {}): SiteFile[] =>
    Object.entries({
      'g/1.0.0/print/index.html': '<link rel="stylesheet" href="../../../assets/guide.css?v=1"><img src="pic.png"><a href="../index.html">x</a><a href="#s">y</a><a href="https://example.org/a.css">z</a>',
      'g/1.0.0/print/pic.png': 'png',
      'assets/guide.css': "@font-face{src:url('fonts/sc.woff2')}",
      'assets/fonts/sc.woff2': 'font',
      'g/1.0.0/index.html': 'the guide page',
      'assets/other.js': 'unrelated',
      ...changes
    }).map(([path, content]) => ({path, content}))
  const key = (changes?: Record<string, string>, environment = 'env') => pdfKeys(environment, site(changes))('g/1.0.0/print/index.html')

  it('changes with the page, the files it loads (through the stylesheet too) and the environment', () => {
    const base = key()
    expect(key()).toBe(base)
    const changes: Record<string, string>[] = [{'g/1.0.0/print/index.html': 'other'}, {'assets/guide.css': 'body{}'}, {'assets/fonts/sc.woff2': 'new font'}, {'g/1.0.0/print/pic.png': 'gif'}]
    for (const change of changes) {
      expect(key(change), JSON.stringify(change)).not.toBe(base)
    }
    expect(key({}, 'other chromium')).not.toBe(base)
  })

  it('ignores files the page only links to', () => {
    expect(key({'g/1.0.0/index.html': 'edited guide page', 'assets/other.js': 'edited'})).toBe(key())
  })
})

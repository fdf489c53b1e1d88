import {describe, expect, it} from 'vitest'
import {sitemap} from '../src/build/site-pages.js'

/** The sitemap's URLs made the slow way: one `new URL` a page. */
function expected(pages: readonly string[], siteUrl: string): string[] {
  return pages.filter((p) => p.endsWith('index.html') && !p.includes('/latest/')).map((p) => new URL(p.slice(0, -'index.html'.length), siteUrl).href)
}

/** The sitemap's URLs, XML character references decoded. */
function urls(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replaceAll('&amp;', '&'))
}

describe('sitemap', () => {
  const pages = [
    'index.html',
    'a-guide/index.html',
    'a-guide/1.0.0/index.html',
    'a-guide/1.0.0/junior/print/index.html',
    'a-guide/latest/index.html',
    'a-guide/1.0.0/files/笔记/index.html',
    'a-guide/1.0.0/files/a b/index.html',
    'a-guide/1.0.0/files/.hidden/index.html',
    'a-guide/1.0.0/files/x%20y/index.html',
    'a-guide/1.0.0/files/q?x/index.html',
    'a-guide/1.0.0/files/h#x/index.html',
    'a-guide/1.0.0/files/amp&x/index.html',
    'a-guide/1.0.0/guide.json',
    '404.html'
  ]

  it.each(['http://localhost:4173/', 'https://example.org/guides/', 'https://example.org/guides', 'https://example.org/guides/?ref=x#top', 'https://例子.测试/指南/'])('lists every page folder as new URL resolves it against %s', (siteUrl) => {
    const xml = sitemap(pages, siteUrl).content as string
    expect(urls(xml)).toEqual(expected(pages, siteUrl))
    expect(urls(xml)).toHaveLength(11)
  })
})

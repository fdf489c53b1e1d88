import {writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {build} from '../src/build/build.js'
import {BuildCache} from '../src/build/cache.js'
import type {SiteFile} from '../src/build/site-file.js'
import {contentFolder, smallGuide} from './small-guide.js'

// Version pages share one render memo for the process (version-pages.ts), keyed by the
// parsed guides; a cache kept between builds (the dev server's) hands the same guides back.

const pages = (files: readonly SiteFile[]) => new Map(files.filter((f) => f.path.endsWith('.html')).map((f) => [f.path, String(f.content)]))

async function site(dir: string, cache: BuildCache) {
  const result = await build({contentDir: dir, outDir: '', siteUrl: 'http://localhost/', pdf: 'never', cache, write: false})
  expect(result.ok).toBe(true)
  return pages(result.site)
}

describe('version pages with the render memo', () => {
  it('give the same pages from reused guides as from freshly parsed ones, and follow an edit', async () => {
    const {dir, source} = contentFolder()
    const kept = new BuildCache()
    const first = await site(dir, kept)
    // The same guide objects again (parsed once, kept by the cache): the memo's pieces are used.
    expect(await site(dir, kept)).toEqual(first)
    // New guide objects for the same text: nothing reused, the same pages.
    expect(await site(dir, new BuildCache())).toEqual(first)

    writeFileSync(source, smallGuide({topic: '一个改过的问题'}))
    const edited = await site(dir, kept)
    expect(await site(dir, new BuildCache())).toEqual(edited)
    const withTopic = [...edited].filter(([, html]) => html.includes('一个改过的问题')).map(([file]) => file)
    expect(withTopic).toContain('small/next/index.html')
    expect(withTopic).toContain('small/next/interview/index.html')
    for (const [file, html] of edited) expect(html, file).not.toContain('问题二')

    writeFileSync(source, smallGuide())
    expect(await site(dir, kept)).toEqual(first)
  })
})

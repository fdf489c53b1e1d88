import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from '@org/llm-interview-parser'
import type {Guide} from '@org/llm-interview-schema'
import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {siteAssets} from '../src/build/assets.js'
import {latestRedirects} from '../src/build/site-pages.js'
import {redirectTarget} from '../src/redirect/target.js'
import {fixturePath} from './content.js'

function guide(file: string): Guide {
  const {guide: parsed, messages} = parse(readFileSync(file), {path: file})
  if (!parsed) throw new Error(messages.map(String).join('\n'))
  return parsed
}

/** The elements of `tree` named `tag` whose properties include `match`. */
function elements(tree: Root, tag: string, match: Record<string, string> = {}): Element[] {
  const found: Element[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === tag && Object.entries(match).every(([k, v]) => String(node.properties[k]) === v)) found.push(node)
    if ('children' in node) node.children.forEach(walk)
  }
  walk(tree)
  return found
}

// ml-platform: released 1.0.0 (levels intern, engineer, lead) and `next`.
const entry = {id: 'ml-platform', releases: [{...guide(fixturePath('ml-platform', '1.0.0')), version: '1.0.0'}], next: guide(fixturePath('ml-platform'))}

describe('latest/ redirect pages', () => {
  const pages = latestRedirects(entry)

  it('cover the version folder, every level page, search and no diff with a single release', () => {
    const paths = pages.map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['ml-platform/latest/index.html', 'ml-platform/latest/intern/index.html', 'ml-platform/latest/lead/interview/index.html', 'ml-platform/latest/search/index.html']))
    expect(paths).not.toContain('ml-platform/latest/diff/index.html')
  })

  it('each load the redirect script with the target of their meta refresh (in noscript), and no inline script', async () => {
    const shipped = new Set((await siteAssets()).map((file) => file.path))
    expect([...shipped]).toEqual(expect.arrayContaining(['assets/redirect/browser.js', 'assets/redirect/target.js']))
    for (const page of pages) {
      const dir = path.posix.dirname(page.path)
      const version = `${dir.replace('ml-platform/latest', 'ml-platform/1.0.0')}/`
      const tree = fromHtml(String(page.content))
      const scripts = elements(tree, 'script')
      expect(scripts, page.path).toHaveLength(1)
      const script = scripts[0]!.properties
      expect(script['type'], page.path).toBe('module')
      expect(shipped.has(path.posix.join(dir, String(script['src']))), page.path).toBe(true)
      const target = String(script['dataTarget'])
      expect(path.posix.join(dir, target), page.path).toBe(version)
      // The refresh sits in <noscript>: it is the fallback only, and cannot race the script.
      const refresh = elements(tree, 'noscript').flatMap((noscript) => elements({type: 'root', children: [noscript]}, 'meta', {httpEquiv: 'refresh'}))[0]
      expect(elements(tree, 'meta', {httpEquiv: 'refresh'}), page.path).toEqual([refresh])
      expect(refresh?.properties['content'], page.path).toBe(`0; url=${target}`)
      const canonical = elements(tree, 'link', {rel: 'canonical'})[0]
      expect(canonical?.properties['href'], page.path).toBe(target)
    }
  })

  it('include the diff page once there are two releases', () => {
    const two = latestRedirects({...entry, releases: [...entry.releases, {...entry.next, version: '1.1.0'}]})
    const diff = two.find((p) => p.path === 'ml-platform/latest/diff/index.html')
    expect(String(diff?.content)).toContain('data-target="../../1.1.0/diff/"')
  })
})

describe('redirectTarget', () => {
  const here = (href: string) => new URL(href)

  it('keeps the anchor and the query of the visited URL', () => {
    expect(redirectTarget('../1.0.0/', here('https://example.org/site/g/latest/#sec-3-3'))?.href).toBe('https://example.org/site/g/1.0.0/#sec-3-3')
    expect(redirectTarget('../../1.0.0/search/', here('https://example.org/g/latest/search/?q=LoRA%20x'))?.href).toBe('https://example.org/g/1.0.0/search/?q=LoRA%20x')
    expect(redirectTarget('../1.0.0/', here('https://example.org/g/latest/'))?.href).toBe('https://example.org/g/1.0.0/')
  })

  it('never lets the query or anchor choose the path or origin', () => {
    expect(redirectTarget('../1.0.0/', here('https://example.org/g/latest/?x=//evil.example/#//evil.example/'))?.href).toBe('https://example.org/g/1.0.0/?x=//evil.example/#//evil.example/')
    expect(redirectTarget('../1.0.0/', here('https://example.org/g/latest/#../../../elsewhere/'))?.pathname).toBe('/g/1.0.0/')
  })

  it('refuses a missing, absolute or other-origin target', () => {
    const at = here('https://example.org/g/latest/')
    for (const target of [undefined, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', '\\\\evil.example/', 'javascript:alert(1)', 'JavaScript:void 0', 'data:text/html,x']) {
      expect(redirectTarget(target, at), String(target)).toBeUndefined()
    }
  })

  it('works on a site opened from files', () => {
    expect(redirectTarget('../1.0.0/', here('file:///tmp/site/g/latest/index.html?q=a#b'))?.href).toBe('file:///tmp/site/g/1.0.0/?q=a#b')
  })
})

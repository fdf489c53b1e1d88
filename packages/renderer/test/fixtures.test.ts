import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {render} from '@org/llm-interview-renderer'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {loadGuide, pagesOf} from './helpers.js'

// Each folder holds a `guide.json`; every page of it is rendered and compared
// with the `<page>.html` beside it. Regenerate with `UPDATE=1`, then review.
const root = new URL('fixtures/', import.meta.url)
const update = Boolean(process.env.UPDATE)

describe('renderer fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const guide = loadGuide(name)
    for (const [page, options] of pagesOf(guide)) {
      it(`${name}: ${page}`, () => {
        const html = render(guide, {...options, stylesheet: {href: '/assets/guide.css'}})
        const url = new URL(`${name}/${page}.html`, root)
        if (update || !existsSync(url)) writeFileSync(url, html)
        expect(html).toBe(readFileSync(url, 'utf8'))
      })

      it(`${name}: ${page} is well-formed HTML with one h1 and no skipped heading level`, () => {
        const errors: string[] = []
        const tree = fromHtml(render(guide, options), {onerror: (error) => void errors.push(`${error.ruleId}: ${error.message}`)})
        expect(errors).toEqual([])
        const html = tree.children.find((n) => n.type === 'element')
        expect(html && 'properties' in html ? html.properties.lang : undefined).toBe(guide.lang)
        const levels: number[] = []
        const walk = (node: {type: string; tagName?: string; children?: unknown[]}) => {
          const match = node.tagName ? /^h([1-6])$/.exec(node.tagName) : null
          if (match) levels.push(Number(match[1]))
          for (const child of node.children ?? []) walk(child as typeof node)
        }
        walk(tree)
        expect(levels.filter((l) => l === 1)).toHaveLength(1)
        levels.forEach((level, i) => {
          if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1)
        })
      })
    }
  }
})

import {readdirSync} from 'node:fs'
import {render} from '@org/llm-interview-renderer'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {expectGoldenText, expectNoGolden} from '../../../test-utils/golden.js'
import {loadGuide, pagesOf} from './helpers.js'
import {prettyHtml} from './pretty.js'

// Each folder holds a `guide.json`; every page of it is rendered and compared
// with the `<page>.html` beside it, both pretty-printed (one block element per
// line, attributes sorted) so that a change shows as a readable diff. A folder
// with only `guide.json` fails until its pages exist: create or regenerate them
// with `UPDATE=1 npx vitest run packages/renderer/test/fixtures.test.ts`, then review.
const root = new URL('fixtures/', import.meta.url)

describe('renderer fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const guide = loadGuide(name)
    const pages = pagesOf(guide)

    it(`${name}: holds a golden for each of its pages and nothing else`, () => {
      const goldens = readdirSync(new URL(`${name}/`, root)).filter((file) => file.endsWith('.html'))
      // A page the guide no longer has (a level removed or renamed): UPDATE=1 removes its golden.
      for (const file of goldens.filter((file) => !pages.some(([page]) => file === `${page}.html`))) expectNoGolden(new URL(`${name}/${file}`, root))
    })

    for (const [page, options] of pages) {
      it(`${name}: ${page}`, () => {
        const html = render(guide, {...options, stylesheet: {href: '/assets/guide.css'}})
        expectGoldenText(new URL(`${name}/${page}.html`, root), prettyHtml(html))
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

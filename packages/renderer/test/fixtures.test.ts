import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {GuideSchema, type Guide} from '@org/llm-interview-schema'
import {render, type RenderOptions} from '@org/llm-interview-renderer'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'

// Each folder holds a `guide.json`; every page of it is rendered and compared
// with the `<page>.html` beside it. Regenerate with `UPDATE=1`, then review.
const root = new URL('fixtures/', import.meta.url)
const update = Boolean(process.env.UPDATE)

/** Every page a guide has: full, each level, print, run-sheet, scorecard. */
export function pagesOf(guide: Guide): [string, RenderOptions][] {
  const kinds = ['guide', 'print', 'runsheet', 'scorecard'] as const
  return [undefined, ...guide.levels.map((l) => l.id)].flatMap((level) =>
    kinds.map((page): [string, RenderOptions] => [`${level ?? 'full'}-${page}`, {page, ...(level ? {level} : {})}])
  )
}

export function loadGuide(name: string): Guide {
  return GuideSchema.parse(JSON.parse(readFileSync(new URL(`${name}/guide.json`, root), 'utf8')))
}

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

import {readFileSync} from 'node:fs'
import {guideCss, render, stylesheetUrl} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {loadGuide} from './helpers.js'

const source = readFileSync(stylesheetUrl, 'utf8')

/** The stylesheet without comments, its strings emptied (`content: "⚠ "`). */
function bare(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"/g, '""')
}

/** Every class and id named in a selector (the text before a `{` that is no at-rule). */
function selectorNames(css: string): string[] {
  const preludes = [...bare(css).matchAll(/(?:^|[{};])([^{};@]+)\{/g)].map((m) => m[1]!)
  return [...new Set(preludes.flatMap((prelude) => [...prelude.matchAll(/[.#][a-zA-Z][\w-]*/g)].map((m) => m[0])))].sort()
}

/** Every property declared (custom properties too). */
function properties(css: string): string[] {
  return [...new Set([...bare(css).matchAll(/[{;]\s*(-{0,2}[a-zA-Z][\w-]*)\s*:/g)].map((m) => m[1]!))].sort()
}

describe('guideCss', () => {
  it('is styles/guide.css compacted: no comment, no line break, at most three quarters of its size', () => {
    expect(guideCss).not.toMatch(/\/\*|\n/)
    expect(guideCss.length).toBeLessThan(source.length * 0.75)
  })

  it('keeps every class and id of its selectors and every property it declares', () => {
    expect(selectorNames(guideCss)).toEqual(selectorNames(source))
    // The one property added: Firefox's prefixed text-size-adjust, beside the -webkit- one.
    expect(properties(guideCss).filter((p) => p !== '-moz-text-size-adjust')).toEqual(properties(source))
  })

  it('is what a page inlines', () => {
    expect(render(loadGuide('backend'))).toContain(`<style>${guideCss}</style>`)
  })
})

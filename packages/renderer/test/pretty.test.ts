import {render} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {loadGuide, pagesOf} from './helpers.js'
import type {Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {prettyHtml} from './pretty.js'

/** Every element with its sorted attributes, and every text that is not only whitespace (trimmed), in document order. */
function content(html: string): string[] {
  const found: string[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(`<${node.tagName} ${JSON.stringify(Object.entries(node.properties).sort(([a], [b]) => (a < b ? -1 : 1)))}>`)
    if (node.type === 'text' && /\S/.test(node.value)) found.push(node.value.trim())
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromHtml(html))
  return found
}

describe('prettyHtml', () => {
  it('lays blocks out one per line, keeps phrasing content on its line and sorts attributes', () => {
    const html = '<!doctype html><html lang="en"><head><title>T</title></head><body><main id="m" class="c"><p>a <em>b</em> c</p><ul><li><span>x</span><ul><li>y</li></ul></li></ul><pre>1\n  2</pre></main></body></html>'
    expect(prettyHtml(html)).toBe(
      [
        '<!doctype html>',
        '<html lang="en">',
        '  <head>',
        '    <title>T</title>',
        '  </head>',
        '  <body>',
        '    <main class="c" id="m">',
        '      <p>a <em>b</em> c</p>',
        '      <ul>',
        '        <li>',
        '          <span>x</span>',
        '          <ul>',
        '            <li>y</li>',
        '          </ul>',
        '        </li>',
        '      </ul>',
        '      <pre>1\n  2</pre>',
        '    </main>',
        '  </body>',
        '</html>',
        ''
      ].join('\n')
    )
  })

  // One fixture shows every page kind; the goldens of all fixtures go through the same printer.
  for (const name of ['backend']) {
    const guide = loadGuide(name)
    for (const [page, options] of pagesOf(guide)) {
      it(`${name}: ${page} keeps every element, attribute and text, and is stable`, () => {
        const html = render(guide, {...options, stylesheet: {href: '/assets/guide.css'}})
        const pretty = prettyHtml(html)
        expect(content(pretty)).toEqual(content(html))
        expect(prettyHtml(pretty)).toBe(pretty)
      })
    }
  }
})

import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'

/** A site page that belongs to no one guide version (index, version list, 404, redirect). */
export function shellPage(input: {
  lang: string
  title: string
  stylesheet: string
  main: ElementContent[]
  head?: Element[]
  homeHref?: string
  homeLabel?: string
}): string {
  const tree = h('html', {lang: input.lang}, [
    h('head', [
      h('meta', {charSet: 'utf-8'}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('meta', {name: 'color-scheme', content: 'light dark'}),
      h('link', {rel: 'icon', href: input.stylesheet.replace(/guide\.css$/, 'favicon.svg')}),
      h('title', input.title),
      h('link', {rel: 'stylesheet', href: input.stylesheet}),
      ...(input.head ?? [])
    ]),
    h('body', {className: ['page-site']}, [
      h('header', {className: ['page-header']}, [
        ...(input.homeHref ? [h('p', {className: ['guide-title']}, h('a', {href: input.homeHref}, input.homeLabel ?? ''))] : []),
        h('h1', input.title)
      ]),
      h('div', {className: ['layout']}, h('main', {id: 'main'}, input.main))
    ])
  ])
  return `<!doctype html>${toHtml(tree)}\n`
}

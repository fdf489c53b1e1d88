import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {serializeHtml} from '@org/llm-interview-renderer'

/** A site page that belongs to no one guide version (index, version list, 404, redirect). */
export function shellPage(input: {
  lang: string
  title: string
  /** The page's meta description. */
  description: string
  /** The stylesheet's URL, or its text to embed (a page served at any depth, like 404). */
  stylesheet: string | {css: string}
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
      ...(typeof input.stylesheet === 'string' ? [h('link', {rel: 'icon', href: input.stylesheet.replace(/guide\.css$/, 'favicon.svg')})] : []),
      h('title', input.title),
      h('meta', {name: 'description', content: input.description}),
      typeof input.stylesheet === 'string' ? h('link', {rel: 'stylesheet', href: input.stylesheet}) : h('style', input.stylesheet.css),
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
  return `<!doctype html>${serializeHtml(tree)}\n`
}

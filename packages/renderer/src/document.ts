import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import {hasToc, mainContent} from './body.js'
import {cssString} from './css-string.js'
import {guideCss} from './generated/stylesheet.js'
import {pageTitle} from './handlers/header.js'
import type {State} from './state.js'

/**
 * Where the one stylesheet of every page is (its readable source), as a
 * file to copy or read. Typed as the global `URL`, so consumers need no
 * Node.js types. Nothing here reads it: the default inline stylesheet is
 * compiled in, compacted (`guideCss`).
 */
export const stylesheetUrl: URL = new URL('../styles/guide.css', import.meta.url)

/** The whole HTML document of the page described by `state`. */
export function documentTree(state: State): Root {
  const {guide, strings} = state
  const stylesheet = state.options.stylesheet ?? 'inline'
  const head: Element[] = [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('meta', {name: 'color-scheme', content: 'light dark'}),
    ...(state.options.icon ? [h('link', {rel: 'icon', href: state.options.icon})] : []),
    h('title', pageTitle(state)),
    h('meta', {name: 'description', content: guide.overview?.paragraphs[0]?.text || strings.pageDescription(guide.title)}),
    stylesheet === 'inline'
      ? h('style', guideCss)
      : h('link', {rel: 'stylesheet', href: stylesheet.href})
  ]
  for (const src of state.options.scripts ?? []) head.push(h('script', {type: 'module', src}))
  if (state.print) {
    const [before, middle, after] = strings.print.pageCounter
    head.push(
      h(
        'style',
        `@page{@top-center{content:${cssString(strings.print.header(guide.title, strings.version(guide.version), state.variant?.level.label))}}` +
          `@bottom-center{content:${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}}}`
      )
    )
  }
  const main = h('main', {id: 'main'}, mainContent(state))
  const body = h('body', {className: [`page-${state.target.page}`, ...(state.variant ? ['page-level'] : [])]}, [
    ...(state.print ? [] : [h('a', {className: ['skip-link'], href: '#main'}, strings.skipToContent)]),
    state.handlers.header(state),
    h('div', {className: ['layout', ...(hasToc(state) && !state.print ? ['with-toc'] : [])]}, [
      ...(hasToc(state) ? [state.handlers.toc(state)] : []),
      main
    ]),
    h('footer', {className: ['page-footer']}, [
      h('p', [guide.title, ' · ', strings.version(guide.version)]),
      ...(state.options.slots?.footer ?? [])
    ])
  ])
  return {type: 'root', children: [{type: 'doctype'}, h('html', {lang: safeLang(guide.lang)}, [h('head', head), body])]}
}

/** The guide's language tag when it is one, else zh-CN (untrusted input). */
function safeLang(lang: unknown): string {
  return typeof lang === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang) ? lang : 'zh-CN'
}

import {stringsFor} from '@org/llm-interview-renderer'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {relative} from './layout.js'

export interface SwitcherInput {
  lang: string
  guideId: string
  /** Every version, oldest release first, `next` last. */
  versions: string[]
  latest: string
  current: string
  /** The page's path inside its version folder, e.g. `foundation/print/`. */
  pagePath: string
  /** Whether `version` has a page at `pagePath`. */
  has: (version: string, pagePath: string) => boolean
  /** The folder of the current page's diff page (to the previous version), if any. */
  diffTo?: {from: string; href: string}
}

/**
 * The version switcher: a disclosure listing every version, each link
 * keeping the reader on the same page when that version has it and
 * falling back to the version's start page. Works without JavaScript.
 */
export function versionSwitcher(input: SwitcherInput): Element {
  const strings = stringsFor(input.lang).site
  const here = `${input.guideId}/${input.current}/${input.pagePath}`
  const items = [...input.versions].reverse().map((version) => {
    const target = input.has(version, input.pagePath) ? input.pagePath : ''
    const label = strings.versionLabel(version, version === input.latest)
    return h(
      'li',
      version === input.current
        ? h('a', {href: relative(here, `${input.guideId}/${version}/${target}`), ariaCurrent: 'page'}, label)
        : h('a', {href: relative(here, `${input.guideId}/${version}/${target}`)}, label)
    )
  })
  return h('details', {className: ['version-switcher']}, [
    h('summary', strings.switcher(input.current)),
    h('ul', items),
    ...(input.diffTo ? [h('p', h('a', {href: input.diffTo.href}, strings.diffLink(input.diffTo.from, input.current)))] : [])
  ])
}

/** The search form in every page header: it opens the version's search page. */
export function searchForm(lang: string, action: string): Element {
  const all = stringsFor(lang)
  const strings = all.site
  return h('form', {className: ['search-form'], role: 'search', action, method: 'get'}, [
    h('label', {htmlFor: 'header-search'}, strings.searchLabel),
    ' ',
    h('input', {id: 'header-search', type: 'search', name: 'q', autoComplete: 'off'}),
    ' ',
    h('button', {type: 'submit'}, all.search.submit)
  ])
}

import {stringsFor} from '@org/llm-interview-renderer'
import type {Element} from 'hast'
import {h} from 'hastscript'

/** Where the search page finds its data, relative to the page. */
export interface SearchPageOptions {
  /** URL of the version's `search-index.json`, e.g. `../search-index.json`. */
  indexHref: string
  /**
   * The page with the table of contents, for readers without JavaScript;
   * defaults to the folder of `indexHref` (the version's full guide).
   */
  contentsHref?: string
  /** The guide's language: the page's strings come from its catalogue. */
  lang: string
}

/**
 * The `<main>` content of a version's search page: heading, a GET form (so
 * `?q=` works), a `<noscript>` pointer to the table of contents, the status
 * line and the result list that `browser.js` fills. The form carries the
 * index URL and the script's strings as `data-*` attributes, as the script
 * cannot import the renderer's strings.
 */
export function searchContent(options: SearchPageOptions): Element[] {
  const strings = stringsFor(options.lang).search
  const contentsHref = options.contentsHref ?? (options.indexHref.slice(0, options.indexHref.lastIndexOf('/') + 1) || './')
  return [
    h('h2', {id: 'search-title'}, strings.heading),
    h(
      'form',
      {
        id: 'search-form',
        method: 'get',
        role: 'search',
        ariaLabelledBy: 'search-title',
        dataIndex: options.indexHref,
        dataLoading: strings.loading,
        dataLoadError: strings.loadError,
        // Templates: the script puts the count for {n} and the query for {q}.
        dataResultCount: strings.resultCount('{n}'),
        dataNoResults: strings.noResults('{q}')
      },
      [
        h('label', {htmlFor: 'search-input'}, strings.label),
        ' ',
        h('input', {id: 'search-input', name: 'q', type: 'search', autoComplete: 'off'}),
        ' ',
        h('button', {type: 'submit'}, strings.submit)
      ]
    ),
    h('noscript', [h('p', [strings.noscript, h('a', {href: contentsHref}, strings.contentsLink), stringsFor(options.lang).sentenceEnd])]),
    h('p', {id: 'search-status', role: 'status'}),
    h('ol', {id: 'search-results'})
  ]
}

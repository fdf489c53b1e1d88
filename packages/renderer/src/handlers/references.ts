import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import type {State} from '../state.js'

/** References by category. */
export function references(state: State): Element | undefined {
  const {guide} = state
  if (guide.references.length === 0) return undefined
  return h('section', {id: anchors.references, className: ['references']}, [
    h('h2', guide.headings.references?.title ?? 'References'),
    ...guide.references.map((category) => state.handlers.group(state, category, 3))
  ])
}

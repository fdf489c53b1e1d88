import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {richText} from '../inline.js'
import type {State} from '../state.js'

/** The introduction before the parts. */
export function overview(state: State): Element | undefined {
  const node = state.guide.overview
  if (!node) return undefined
  return h('section', {id: anchors.overview, className: ['overview']}, [
    h('h2', node.title),
    ...node.paragraphs.map((p) => h('p', richText(p, state.options)))
  ])
}

/** The closing note after the last rule. */
export function closing(state: State): Element | undefined {
  const paragraphs = state.guide.closing
  if (paragraphs.length === 0) return undefined
  return h('aside', {id: anchors.closing, className: ['closing'], ariaLabel: state.strings.closing}, paragraphs.map((p) => h('p', richText(p, state.options))))
}

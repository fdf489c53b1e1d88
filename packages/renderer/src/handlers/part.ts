import {formatDuration, type Part} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {inlinesToHast} from '../inline.js'
import type {State} from '../state.js'

/** A part with its sections. */
export function part(state: State, node: Part): Element {
  return h('section', {id: anchors.part(node.id), className: ['part']}, [
    h('h2', [
      h('span', {className: ['number']}, state.strings.partNumber(node.ordinal)),
      ...(node.titleInlines ? inlinesToHast(node.titleInlines, state.options) : [node.title]),
      ' ',
      h('span', {className: ['minutes']}, state.strings.minutes(formatDuration(node.duration)))
    ]),
    ...node.sections.map((s) => state.handlers.section(state, s))
  ])
}

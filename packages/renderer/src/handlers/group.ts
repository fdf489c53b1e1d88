import type {Group} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {inlinesToHast} from '../inline.js'
import type {State} from '../state.js'

/** A titled list of items, under a heading of the given rank. */
export function group(state: State, node: Group, rank: 3 | 4 = 4): Element {
  return h('div', {id: anchors.group(node.id), className: ['group']}, [
    ...(node.title ? [h(`h${rank}`, node.titleInlines ? inlinesToHast(node.titleInlines, state.options) : node.title)] : []),
    ...state.handlers.items(state, node.items)
  ])
}

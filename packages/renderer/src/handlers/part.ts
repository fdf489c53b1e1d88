import {formatDuration, type Part} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {inlinesToHast} from '../inline.js'
import {memoized} from '../memo.js'
import type {State} from '../state.js'
import {group} from './group.js'
import {item, items} from './item.js'
import {section} from './section.js'

/** A part with its sections (the same on every page: built once per memo). */
export function part(state: State, node: Part): Element {
  const {handlers} = state
  const pure = handlers.section === section && handlers.group === group && handlers.items === items && handlers.item === item
  return memoized(state, 'part', node, pure, () => [build(state, node)])[0]!
}

function build(state: State, node: Part): Element {
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

import {formatDuration, type Section} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {inlinesToHast, richText} from '../inline.js'
import {memoized} from '../memo.js'
import type {State} from '../state.js'
import type {PlannedSection} from '../variant.js'
import {group} from './group.js'
import {item, items} from './item.js'

/**
 * A section: its heading with minutes, its objective set apart, its groups.
 * On a level's page, `planned` adds the role and the level's minutes.
 * The same on every page that plans it alike (built once per memo).
 */
export function section(state: State, node: Section, planned?: PlannedSection): Element {
  const {handlers} = state
  const pure = handlers.group === group && handlers.items === items && handlers.item === item
  return memoized(state, 'section', node, pure, () => [build(state, node, planned)], planned ? `${planned.role}\u0000${planned.minutes}` : '')[0]!
}

function build(state: State, node: Section, planned: PlannedSection | undefined): Element {
  const {strings} = state
  const minutes = planned ? String(planned.minutes) : formatDuration(node.duration)
  const heading = h('h3', [
    h('span', {className: ['number']}, node.id),
    ' ',
    ...(node.titleInlines ? inlinesToHast(node.titleInlines, state.options) : [node.title]),
    ' ',
    h('span', {className: ['minutes']}, strings.minutes(minutes)),
    ...(planned ? [' ', h('span', {className: ['role', `role-${planned.role}`]}, strings.roles[planned.role])] : [])
  ])
  const original = formatDuration(node.duration)
  return h('section', {id: anchors.section(node.id), className: ['section', ...(planned ? [`role-${planned.role}`] : [])]}, [
    heading,
    ...(planned && original !== minutes ? [h('p', {className: ['meta']}, strings.guideMinutes(original))] : []),
    h('p', {className: ['objective']}, [h('span', {className: ['label']}, strings.objective), ' ', ...richText(node.objective, state.options)]),
    ...node.groups.map((g) => state.handlers.group(state, g, 4))
  ])
}

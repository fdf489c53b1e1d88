import {formatDuration, type Section} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {inlinesToHast, richText} from '../inline.js'
import type {State} from '../state.js'
import type {PlannedSection} from '../variant.js'

/**
 * A section: its heading with minutes, its objective set apart, its groups.
 * On a level's page, `planned` adds the role and the level's minutes.
 */
export function section(state: State, node: Section, planned?: PlannedSection): Element {
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

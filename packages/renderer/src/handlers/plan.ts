import {formatDuration} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {richText} from '../inline.js'
import type {State} from '../state.js'
import type {LevelVariant} from '../variant.js'

/** A level's focus and plan: core, optional and skipped sections with minutes. */
export function plan(state: State, variant: LevelVariant): Element {
  const {strings} = state
  const recommended = formatDuration(variant.recommended)
  const row = (entry: LevelVariant['sections'][number]) =>
    h('tr', {className: [`role-${entry.role}`]}, [
      h('td', entry.role === 'skip' ? entry.section.id : h('a', {href: `#${anchors.section(entry.section.id)}`}, entry.section.id)),
      h('td', entry.section.title),
      h('td', h('span', {className: ['role', `role-${entry.role}`]}, strings.roles[entry.role])),
      h('td', {className: ['num']}, entry.role === 'skip' ? '—' : String(entry.minutes))
    ])
  return h('section', {id: anchors.plan, className: ['plan']}, [
    h('h2', strings.levelPlan),
    h('p', {className: ['focus']}, [h('span', {className: ['label']}, strings.levelFocus), ' ', ...richText(variant.level.focus, state.options)]),
    h('table', [
      h('thead', h('tr', [
        h('th', {scope: 'col'}, strings.planColumns.id),
        h('th', {scope: 'col'}, strings.planColumns.section),
        h('th', {scope: 'col'}, strings.planColumns.role),
        h('th', {scope: 'col', className: ['num']}, strings.planColumns.minutes)
      ])),
      h('tbody', [...variant.sections, ...variant.skipped].map(row)),
      h('tfoot', h('tr', [
        h('th', {scope: 'row', colSpan: 3}, strings.planTotal(variant.coreMinutes, variant.optionalMinutes)),
        h('td', {className: ['num']}, String(variant.totalMinutes))
      ]))
    ]),
    h('p', {className: ['meta', variant.fits ? 'fits' : 'overruns']}, variant.fits ? strings.withinRecommended(recommended) : strings.outsideRecommended(recommended))
  ])
}

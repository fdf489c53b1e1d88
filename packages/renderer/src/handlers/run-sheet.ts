import {formatDuration} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {runSheet} from '../run-sheet.js'
import type {State} from '../state.js'

/** `h:mm` for an offset in minutes. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

/** The timed agenda: start and end offsets and cumulative minutes per section. */
export function runSheetTable(state: State): Element {
  const {guide, strings} = state
  const sheet = runSheet(guide, state.target.level)
  const columns = strings.runSheetColumns
  const guideHref = state.href({page: 'guide', ...(state.target.level ? {level: state.target.level} : {})})
  return h('section', {id: anchors.runSheet, className: ['run-sheet']}, [
    h('h2', strings.runSheet),
    h('table', [
      h('thead', h('tr', [
        h('th', {scope: 'col', className: ['num']}, columns.index),
        h('th', {scope: 'col'}, columns.section),
        ...(state.target.level ? [h('th', {scope: 'col'}, columns.role)] : []),
        h('th', {scope: 'col', className: ['num']}, columns.minutes),
        h('th', {scope: 'col', className: ['num']}, columns.start),
        h('th', {scope: 'col', className: ['num']}, columns.end),
        h('th', {scope: 'col', className: ['num']}, columns.cumulative),
        h('th', {scope: 'col', className: ['check']}, '✓')
      ])),
      h('tbody', sheet.rows.map((row, index) =>
        h('tr', {className: [`role-${row.role}`]}, [
          h('td', {className: ['num']}, String(index + 1)),
          h('td', state.print ? `${row.section.id} ${row.section.title}` : h('a', {href: `${guideHref}#${anchors.section(row.section.id)}`}, `${row.section.id} ${row.section.title}`)),
          ...(state.target.level ? [h('td', h('span', {className: ['role', `role-${row.role}`]}, strings.roles[row.role]))] : []),
          h('td', {className: ['num']}, String(row.minutes)),
          h('td', {className: ['num']}, clock(row.start)),
          h('td', {className: ['num']}, clock(row.end)),
          h('td', {className: ['num']}, strings.minutes(String(row.end))),
          h('td', {className: ['check']}, h('span', {className: ['box'], ariaHidden: 'true'}))
        ])
      )),
      h('tfoot', h('tr', [
        h('th', {scope: 'row', colSpan: state.target.level ? 3 : 2}, strings.runSheetTotal),
        h('td', {className: ['num']}, String(sheet.total)),
        h('td', {className: ['num']}, clock(0)),
        h('td', {className: ['num']}, clock(sheet.total)),
        h('td', {className: ['num']}, strings.minutes(String(sheet.total))),
        h('td')
      ]))
    ]),
    h('p', {className: ['meta']}, strings.runSheetNote(String(sheet.total), formatDuration(guide.duration)))
  ])
}

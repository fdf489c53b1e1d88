import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import type {State} from '../state.js'

/** A printable scorecard: criteria, weights, score and weighted columns, total, the 1-5 scale, notes. */
export function scorecard(state: State): Element {
  const {guide, strings, variant} = state
  const columns = strings.scorecardColumns
  const blank = () => h('td', {className: ['blank']})
  const fields = [...strings.scorecardFields, ...(variant ? [] : [strings.scorecardLevel])]
  return h('section', {id: anchors.scorecard, className: ['scorecard']}, [
    h('h2', strings.scorecard),
    h('dl', {className: ['fields']}, fields.flatMap((label) => [h('dt', label), h('dd', {className: ['blank']})])),
    ...(variant ? [h('p', {className: ['meta']}, `${strings.label(strings.scorecardLevel)}${variant.level.label}`)] : []),
    h('table', [
      h('thead', h('tr', [
        h('th', {scope: 'col'}, columns.criterion),
        h('th', {scope: 'col', className: ['num']}, columns.weight),
        h('th', {scope: 'col'}, columns.points),
        h('th', {scope: 'col', className: ['num']}, columns.score),
        h('th', {scope: 'col', className: ['num']}, columns.weighted)
      ])),
      h('tbody', guide.rubric.map((criterion) =>
        h('tr', [
          h('th', {scope: 'row'}, criterion.title),
          h('td', {className: ['num']}, `${criterion.weight}%`),
          h('td', h('ul', criterion.points.map((point) => h('li', point.text)))),
          blank(),
          blank()
        ])
      )),
      h('tfoot', h('tr', [
        h('th', {scope: 'row'}, strings.scorecardTotal),
        h('td', {className: ['num']}, `${guide.rubric.reduce((sum, c) => sum + c.weight, 0)}%`),
        h('td'),
        h('td'),
        blank()
      ]))
    ]),
    h('p', {className: ['meta']}, strings.scorecardFormula),
    scale(state),
    h('h3', strings.scorecardNotes),
    h('div', {className: ['notes', 'blank-area']}),
    h('h3', strings.scorecardOverall),
    h('div', {className: ['notes', 'blank-area', 'short']}),
    h('h3', strings.scorecardDecision),
    h('ul', {className: ['decision']}, strings.scorecardDecisions.map((d) => h('li', [h('span', {className: ['box'], ariaHidden: 'true'}), d])))
  ])
}

/** The 1-5 scale, one column per score: the score and its level, then what it means. */
function scale(state: State): Element {
  const text = state.strings.interview
  return h('table', {className: ['score-scale', 'scale-row']}, [
    h('caption', text.scale),
    h('thead', h('tr', text.scalePoints.map(([score, level]) => h('th', {scope: 'col'}, `${score} ${level}`)))),
    h('tbody', h('tr', text.scalePoints.map(([, , meaning]) => h('td', meaning))))
  ])
}

import type {Criterion} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {choice} from './form.js'
import {memoized} from './memo.js'
import type {State} from './state.js'

/**
 * The interview page's scoring: the 1-5 scale with the meaning of each
 * point, a score per rubric criterion (`data-criterion`, `data-weight`),
 * its weighted score and the weighted total, which the page's script fills.
 * The same on every interview page of the guide (built once per memo).
 */
export function scoring(state: State): Element {
  return memoized(state, 'scoring', state.guide.rubric, true, () => [build(state)])[0]!
}

function build(state: State): Element {
  const {guide, strings} = state
  const text = strings.interview
  const columns = text.scaleColumns
  return h('section', {id: 'interview-scoring', className: ['interview-scoring'], ariaLabelledBy: 'interview-scoring-title'}, [
    h('h2', {id: 'interview-scoring-title'}, text.scoring),
    h('table', {className: ['score-scale']}, [
      h('caption', text.scale),
      h('thead', h('tr', [
        h('th', {scope: 'col', className: ['num']}, columns.score),
        h('th', {scope: 'col'}, columns.level),
        h('th', {scope: 'col'}, columns.meaning)
      ])),
      h('tbody', text.scalePoints.map(([score, level, meaning]) =>
        h('tr', [h('td', {className: ['num']}, score), h('th', {scope: 'row'}, level), h('td', meaning)])
      ))
    ]),
    ...guide.rubric.map((criterion) => criterionScore(state, criterion)),
    h('p', {id: 'interview-total-line', className: ['total'], ariaLive: 'polite', ariaAtomic: 'true'}, [
      strings.label(strings.scorecardTotal),
      h('output', {id: 'interview-total'}, text.script.none),
      ' ',
      h('span', {id: 'interview-missing', className: ['meta']})
    ]),
    h('p', {className: ['meta']}, strings.scorecardFormula)
  ])
}

function criterionScore(state: State, criterion: Criterion): Element {
  const text = state.strings.interview
  const name = `score-${criterion.id}`
  return h('fieldset', {id: `criterion-${criterion.id}`, className: ['criterion-score'], dataCriterion: criterion.id, dataWeight: String(criterion.weight), dataTitle: criterion.title}, [
    h('legend', [criterion.title, ' ', h('span', {className: ['weight']}, `${criterion.weight}%`)]),
    h('ul', {className: ['points']}, criterion.points.map((point) => h('li', point.text))),
    h('div', {className: ['score-options']}, [
      choice({id: `${name}-none`, name, value: '', checked: true}, text.unscored),
      ...text.scalePoints.map(([score, level]) => choice({id: `${name}-${score}`, name, value: score}, `${score} ${level}`))
    ]),
    h('p', {className: ['weighted']}, [state.strings.label(text.weighted), h('output', {id: `weighted-${criterion.id}`}, text.script.none)])
  ])
}

import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import type {State} from '../state.js'

/** The rubric: each criterion with its weight and points. */
export function rubric(state: State): Element | undefined {
  const {guide} = state
  if (guide.rubric.length === 0) return undefined
  return h('section', {id: anchors.rubric, className: ['rubric']}, [
    h('h2', guide.headings.rubric?.title ?? state.strings.scorecard),
    ...guide.rubric.map((criterion) =>
      h('div', {id: criterion.id, className: ['criterion']}, [
        h('h3', [criterion.title, ' ', h('span', {className: ['weight']}, `${criterion.weight}%`)]),
        ...state.handlers.items(state, criterion.points)
      ])
    )
  ])
}

import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {richText} from '../inline.js'
import type {State} from '../state.js'

/** The interview advice: each level's focus (linking its page) and the tips. */
export function advice(state: State): Element | undefined {
  const {guide, strings} = state
  if (guide.levels.length === 0 && guide.tips.length === 0) return undefined
  const levels =
    guide.levels.length > 0
      ? [
          h('h3', guide.headings.levels?.title ?? strings.levelPages),
          h(
            'ul',
            {className: ['levels']},
            guide.levels.map((level) =>
              h('li', {className: ['level', ...(state.target.level === level.id ? ['current'] : [])]}, [
                state.print
                  ? h('strong', level.label)
                  : h('a', {href: state.href({page: 'guide', level: level.id})}, h('strong', level.label)),
                '：',
                ...richText(level.focus, state.options)
              ])
            )
          )
        ]
      : []
  return h('section', {id: anchors.advice, className: ['advice']}, [
    h('h2', guide.headings.advice?.title ?? strings.levelPages),
    ...levels,
    ...guide.tips.map((tips) => state.handlers.group(state, tips, 3))
  ])
}

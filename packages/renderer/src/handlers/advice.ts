import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {richText} from '../inline.js'
import type {State} from '../state.js'

/**
 * The interview advice: each level's focus (linking its page) and the tips.
 * A level list without declared levels (`levelList` only) is shown as
 * written, without links, since those levels have no pages.
 */
export function advice(state: State): Element | undefined {
  const {guide, strings} = state
  const unplanned = guide.levels.length === 0 ? (guide.levelList ?? []) : []
  if (guide.levels.length === 0 && unplanned.length === 0 && guide.tips.length === 0) return undefined
  const heading = () => h('h3', guide.headings.levels?.title ?? strings.levelPages)
  const levels =
    guide.levels.length > 0
      ? [
          heading(),
          h(
            'ul',
            {className: ['levels']},
            guide.levels.map((level) =>
              h('li', {className: ['level', ...(state.target.level === level.id ? ['current'] : [])]}, [
                state.print
                  ? h('strong', level.label)
                  : h('a', {href: state.href({page: 'guide', level: level.id})}, h('strong', level.label)),
                state.strings.label(''),
                ...richText(level.focus, state.options)
              ])
            )
          )
        ]
      : unplanned.length > 0
        ? [heading(), h('ul', {className: ['levels']}, unplanned.map((entry) => h('li', {className: ['level']}, [h('strong', entry.label), state.strings.label(''), ...richText(entry.focus)])))]
        : []
  return h('section', {id: anchors.advice, className: ['advice']}, [
    h('h2', guide.headings.advice?.title ?? strings.levelPages),
    ...levels,
    ...guide.tips.map((tips) => state.handlers.group(state, tips, 3))
  ])
}

import {formatDuration} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import type {State} from '../state.js'

/** The table of contents of the full guide, with minutes. */
export function toc(state: State): Element {
  const {guide, strings} = state
  const entry = (href: string, label: string, minutes?: string, children?: Element) =>
    h('li', [
      h('a', {href}, [label, ...(minutes ? [' ', h('span', {className: ['minutes']}, strings.minutes(minutes))] : [])]),
      ...(children ? [children] : [])
    ])
  const extra = [
    guide.overview && entry(`#${anchors.overview}`, guide.overview.title),
    guide.rubric.length > 0 && entry(`#${anchors.rubric}`, guide.headings.rubric?.title ?? strings.scorecard),
    (guide.levels.length > 0 || (guide.levelList ?? []).length > 0 || guide.tips.length > 0) && entry(`#${anchors.advice}`, guide.headings.advice?.title ?? strings.levelPages),
    guide.references.length > 0 && entry(`#${anchors.references}`, guide.headings.references?.title ?? 'References')
  ]
  return h('nav', {className: ['toc'], ariaLabelledBy: 'toc-title'}, [
    h('h2', {id: 'toc-title'}, strings.contents),
    h('ol', [
      ...(extra[0] ? [extra[0]] : []),
      ...guide.parts.map((part) =>
        entry(
          `#${anchors.part(part.id)}`,
          `${strings.partNumber(part.ordinal)}${part.title}`,
          formatDuration(part.duration),
          h(
            'ol',
            part.sections.map((s) => entry(`#${anchors.section(s.id)}`, `${s.id} ${s.title}`, formatDuration(s.duration)))
          )
        )
      ),
      ...extra.slice(1).filter((e): e is Element => Boolean(e))
    ])
  ])
}

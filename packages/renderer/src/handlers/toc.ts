import {formatDuration, type Section} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {questionCount} from '../questions.js'
import type {State} from '../state.js'

/**
 * The table of contents of the full guide or of a level's page, with minutes
 * and the number of questions per section. A `<details>` open by default: the
 * site's script folds it on narrow screens and marks the section in view.
 */
export function toc(state: State): Element {
  const {guide, strings} = state
  const entry = (href: string, label: string, minutes?: string, children?: Element, extra: (Element | string)[] = []) =>
    h('li', [
      h('a', {href}, [label, ...(minutes ? [' ', h('span', {className: ['minutes']}, strings.minutes(minutes))] : []), ...extra]),
      ...(children ? [children] : [])
    ])
  const sectionEntry = (s: Section, minutes: string) => {
    const n = questionCount(s)
    const count = n > 0 ? [' ', h('span', {className: ['question-count'], title: strings.questionCountLabel(n)}, strings.questionCount(n))] : []
    return entry(`#${anchors.section(s.id)}`, `${s.id} ${s.title}`, minutes, undefined, count)
  }
  const extra = [
    guide.overview && entry(`#${anchors.overview}`, guide.overview.title),
    guide.rubric.length > 0 && entry(`#${anchors.rubric}`, guide.headings.rubric?.title ?? strings.scorecard),
    (guide.levels.length > 0 || (guide.levelList ?? []).length > 0 || guide.tips.length > 0) && entry(`#${anchors.advice}`, guide.headings.advice?.title ?? strings.levelPages),
    guide.references.length > 0 && entry(`#${anchors.references}`, guide.headings.references?.title ?? 'References')
  ]
  const variant = state.variant
  const body = variant
    ? [
        entry(`#${anchors.plan}`, strings.levelPlan),
        entry(`#level-content`, strings.levelContent, String(variant.totalMinutes), h('ol', variant.sections.map((p) => sectionEntry(p.section, String(p.minutes)))))
      ]
    : [
        ...(extra[0] ? [extra[0]] : []),
        ...guide.parts.map((part) =>
          entry(
            `#${anchors.part(part.id)}`,
            `${strings.partNumber(part.ordinal)}${part.title}`,
            formatDuration(part.duration),
            h('ol', part.sections.map((s) => sectionEntry(s, formatDuration(s.duration))))
          )
        )
      ]
  return h('nav', {className: ['toc'], ariaLabelledBy: 'toc-title'}, [
    h('details', {className: ['toc-details'], open: true}, [
      h('summary', h('h2', {id: 'toc-title'}, strings.contents)),
      h('ol', [...body, ...extra.slice(1).filter((e): e is Element => Boolean(e))])
    ])
  ])
}

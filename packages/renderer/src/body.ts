import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from './anchors.js'
import type {State} from './state.js'

/** The content of `<main>` for the page being rendered. */
export function mainContent(state: State): Element[] {
  const {handlers, target} = state
  if (state.options.custom) return state.options.custom.main
  if (target.page === 'runsheet') return [handlers.runSheet(state)]
  if (target.page === 'scorecard') return [handlers.scorecard(state)]
  if (target.page === 'interview') return [handlers.interview(state)]
  const appendix = [handlers.rubric(state), handlers.advice(state), handlers.references(state), handlers.closing(state)]
  const printed = state.print ? [handlers.runSheet(state), handlers.scorecard(state)] : []
  return [...(state.variant ? levelContent(state) : guideContent(state)), ...appendix, ...printed].filter(
    (node): node is Element => node !== undefined
  )
}

function guideContent(state: State): (Element | undefined)[] {
  return [state.handlers.overview(state), ...state.guide.parts.map((part) => state.handlers.part(state, part))]
}

/** A level's page: its plan first, then its sections in plan order; skipped ones folded (left out in print). */
function levelContent(state: State): (Element | undefined)[] {
  const variant = state.variant!
  const {handlers, strings} = state
  const skipped =
    variant.skipped.length > 0 && !state.print
      ? h('details', {className: ['skipped']}, [
          h('summary', strings.skippedSections(variant.skipped.length)),
          ...variant.skipped.map((entry) => handlers.section(state, entry.section, entry))
        ])
      : undefined
  return [
    handlers.plan(state, variant),
    h('section', {id: 'level-content', className: ['level-content']}, [
      h('h2', strings.levelContent),
      ...variant.sections.map((entry) => handlers.section(state, entry.section, entry)),
      ...(skipped ? [skipped] : [])
    ])
  ]
}

/** Whether the page shows the table of contents beside its content: the full guide and each level's page. */
export function hasToc(state: State): boolean {
  return state.target.page === 'guide' && !state.options.custom
}



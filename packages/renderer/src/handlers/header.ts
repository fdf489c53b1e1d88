import {formatDuration} from '@org/llm-interview-schema'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {PageKind, PageTarget} from '../paths.js'
import {plannedDuration} from '../run-sheet.js'
import type {State} from '../state.js'

/** The page header: the title, the guide's facts, and (on screen) the page navigation. */
export function header(state: State): Element {
  const {guide, strings, variant, target} = state
  const planned = plannedDuration(guide)
  // A plan longer than the recommended duration is flagged in words, not by colour alone.
  const overMinutes = variant ? (variant.totalMinutes > guide.duration.max ? String(variant.totalMinutes) : undefined) : planned.max > guide.duration.max ? formatDuration(planned) : undefined
  const overPlan = overMinutes ? h('li', {className: ['over-plan']}, h('strong', strings.overPlan(overMinutes, formatDuration(guide.duration)))) : undefined
  // The flag names both durations, so it stands for the facts it repeats (a level's split into core and optional stays).
  const facts: ElementContent[] = [
    h('li', strings.version(guide.version)),
    ...(overPlan ? [] : [h('li', strings.recommendedDuration(formatDuration(guide.duration)))]),
    ...(variant ? [h('li', strings.planTotal(variant.coreMinutes, variant.optionalMinutes))] : overPlan ? [] : [h('li', strings.plannedTotal(formatDuration(planned)))]),
    ...(overPlan ? [overPlan] : [])
  ]
  return h('header', {className: ['page-header']}, [
    // The h1 names the guide itself on its full pages; elsewhere this line links back to it.
    ...(variant || target.page === 'runsheet' || target.page === 'scorecard' || target.page === 'interview' || state.options.custom
      ? [h('p', {className: ['guide-title']}, state.print ? guide.title : h('a', {href: state.href({page: 'guide'})}, guide.title))]
      : []),
    h('h1', pageTitle(state)),
    h('ul', {className: ['facts']}, facts),
    ...(state.print ? [printNavigation(state)] : [navigation(state)]),
    ...(state.options.slots?.header?.length ? [h('div', {className: ['header-tools']}, state.options.slots.header)] : [])
  ])
}

/** The page's own title: the guide's, or with its level and kind. */
export function pageTitle(state: State): string {
  const {guide, strings, variant, target} = state
  if (state.options.custom) return `${state.options.custom.title}${strings.titleSeparator}${guide.title}`
  const kind: Record<PageKind, string | undefined> = {guide: undefined, print: undefined, runsheet: strings.runSheet, scorecard: strings.scorecard, interview: strings.interview.title}
  const parts = [variant?.level.label, kind[target.page]].filter(Boolean)
  return parts.length > 0 ? `${parts.join(' · ')}${strings.titleSeparator}${guide.title}` : guide.title
}

function navigation(state: State): Element {
  const {guide, strings, target} = state
  const link = (to: PageTarget, label: string): ElementContent => {
    const current = !state.options.custom && to.page === target.page && to.level === target.level
    return h('li', current ? h('a', {href: state.href(to), ariaCurrent: 'page'}, label) : h('a', {href: state.href(to)}, label))
  }
  const level = target.level ? {level: target.level} : {}
  const row = (id: string, label: string, className: string, links: ElementContent[]) =>
    h('div', {className: ['nav-row']}, [h('span', {id, className: ['nav-label']}, label), h('ul', {className: [className], ariaLabelledBy: id}, links)])
  return h('nav', {className: ['page-nav'], ariaLabel: strings.otherViews}, [
    ...(guide.levels.length > 0
      ? [
          row('nav-levels-label', strings.navLevels, 'nav-levels', [
            link({page: target.page}, strings.fullGuide),
            ...guide.levels.map((l) => link({page: target.page, level: l.id}, l.label))
          ])
        ]
      : []),
    row('nav-views-label', strings.navPages, 'nav-views', [
      link({page: 'guide', ...level}, strings.guideView),
      link({page: 'runsheet', ...level}, strings.runSheet),
      link({page: 'scorecard', ...level}, strings.scorecard),
      link({page: 'print', ...level}, strings.printVersion),
      link({page: 'interview', ...level}, strings.interview.title)
    ])
  ])
}

/** On the print page (screen only; hidden when printing): the way back to the page it prints. */
function printNavigation(state: State): Element {
  const level = state.target.level ? {level: state.target.level} : {}
  return h('nav', {className: ['print-nav'], ariaLabel: state.strings.otherViews}, [
    h('a', {href: state.href({page: 'guide', ...level})}, state.strings.backToGuide(state.variant?.level.label ?? state.strings.fullGuide))
  ])
}

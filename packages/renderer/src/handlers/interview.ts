import type {Group, Item, PlanRole, Section} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {choice, field} from '../form.js'
import {inlinesToHast, richText} from '../inline.js'
import {clock, session} from '../interview-controls.js'
import {scoring} from '../interview-scoring.js'
import {memoized} from '../memo.js'
import type {State} from '../state.js'
import {item, items} from './item.js'

/**
 * The interview page: the plan as a checklist with notes, the rubric with a
 * score scale, the weighted total and a recommendation. It is a fillable,
 * printable form without JavaScript; the `data-*` attributes give the page's
 * script the plan and the weights (the clock, session controls and section
 * timers it shows are `needs-script`: laid out but invisible until then, so
 * showing them moves nothing, and left out without JavaScript).
 */
export function interview(state: State): Element {
  const {guide, strings, variant} = state
  const text = strings.interview
  const planned = plannedSections(state)
  const context = [variant?.level.label, guide.title, strings.version(guide.version)].filter(Boolean).join(' · ')
  return h(
    'div',
    {
      id: 'interview',
      className: ['interview'],
      dataGuide: guide.id,
      dataVersion: guide.version,
      dataLevel: variant?.level.id ?? '',
      dataLevelLabel: variant?.level.label ?? '',
      dataPlannedMinutes: totalMinutes(planned),
      dataContext: context,
      dataStrings: JSON.stringify(text.script)
    },
    [
      h('p', {className: ['intro']}, text.intro),
      h('noscript', h('p', {className: ['notice']}, text.noscript)),
      session(state),
      clock(state, totalMinutes(planned)),
      h('section', {id: 'interview-plan', className: ['interview-plan'], ariaLabelledBy: 'interview-plan-title'}, [
        h('h2', {id: 'interview-plan-title'}, text.plan),
        h('p', {className: ['meta']}, variant ? strings.planTotal(variant.coreMinutes, variant.optionalMinutes) : strings.plannedTotal(totalMinutes(planned))),
        ...planned.map((entry) => plannedSection(state, entry))
      ]),
      scoring(state),
      h('section', {id: 'interview-decision', className: ['interview-decision'], ariaLabelledBy: 'interview-decision-title'}, [
        h('h2', {id: 'interview-decision-title'}, strings.scorecardDecision),
        h('fieldset', {className: ['decision-options'], ariaLabelledBy: 'interview-decision-title'}, strings.scorecardDecisions.map((decision, index) =>
          choice({id: `recommendation-${index}`, name: 'recommendation', value: decision}, decision)
        )),
        field('interview-overall', strings.scorecardOverall, h('textarea', {id: 'interview-overall', name: 'overall', rows: 4}))
      ])
    ]
  )
}

interface Planned {
  section: Section
  role?: PlanRole
  minutes: number
}

/** The level's core and optional sections in plan order; for the full guide every section at its longest. */
function plannedSections(state: State): Planned[] {
  if (state.variant) return state.variant.sections
  return state.guide.parts.flatMap((part) => part.sections.map((section) => ({section, minutes: section.duration.max})))
}

function totalMinutes(planned: readonly Planned[]): string {
  return String(planned.reduce((sum, entry) => sum + entry.minutes, 0))
}

/** One section of the plan: its minutes, its timer (for the script), its topics to tick and its notes (built once per memo). */
function plannedSection(state: State, entry: Planned): Element {
  const pure = state.handlers.items === items && state.handlers.item === item
  return memoized(state, 'planned', entry.section, pure, () => [buildPlanned(state, entry)], `${entry.role ?? ''}\u0000${entry.minutes}`)[0]!
}

function buildPlanned(state: State, entry: Planned): Element {
  const {strings} = state
  const text = strings.interview
  const node = entry.section
  const notes = `notes-${node.id}`
  return h('section', {id: `interview-sec-${node.id}`, className: ['interview-section', ...(entry.role ? [`role-${entry.role}`] : [])], dataSection: node.id, dataMinutes: String(entry.minutes), dataTitle: node.title}, [
    h('h3', [
      h('span', {className: ['number']}, node.id),
      ` ${node.title} `,
      h('span', {className: ['minutes']}, text.planned(String(entry.minutes))),
      ...(entry.role ? [' ', h('span', {className: ['role', `role-${entry.role}`]}, strings.roles[entry.role])] : [])
    ]),
    h('p', {className: ['section-timer', 'needs-script']}, [
      h('button', {type: 'button', className: ['time-section'], ariaPressed: 'false', ariaLabel: text.timeSectionLabel(node.id, node.title)}, text.timeSection),
      ' ',
      h('span', {className: ['section-elapsed']}, [`${text.sectionElapsed} `, h('span', {className: ['elapsed']}, '0:00'), ` / ${entry.minutes}:00`]),
      ' ',
      h('strong', {className: ['overrun-note']})
    ]),
    h('p', {className: ['objective']}, [h('span', {className: ['label']}, strings.objective), ' ', ...richText(node.objective, state.options)]),
    ...node.groups.flatMap((g) => topics(state, g)),
    field(notes, text.notes(node.id), h('textarea', {id: notes, name: notes, rows: 3}))
  ])
}

/** A group's topics, the same on every interview page (built once per memo). */
function topics(state: State, group: Group): Element[] {
  return memoized(state, 'topics', group, state.handlers.items === items && state.handlers.item === item, () => [
    h('div', {className: ['group']}, [...(group.title ? [h('h4', group.title)] : []), h('ul', {className: ['topics']}, group.items.map((node) => topic(state, node)))])
  ])
}

/** A topic to tick; its nested items and code are shown, not ticked. */
function topic(state: State, item: Item): Element {
  const label = item.inlines.length > 0 ? inlinesToHast(item.inlines, state.options) : state.strings.codeQuestion
  return h('li', {className: ['topic']}, [
    choice({id: `topic-${item.id}`, name: 'topic', value: item.id}, label, 'checkbox'),
    ...(item.code ? [h('pre', {className: ['code']}, h('code', String(item.code.value)))] : []),
    ...(item.items.length > 0 ? state.handlers.items(state, item.items) : [])
  ])
}

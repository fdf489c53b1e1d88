import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {button, field} from './form.js'
import type {State} from './state.js'

// The interview page's header and clock. Both carry the controls of the
// page's script, laid out but invisible (`needs-script`) until it runs, and
// left out without JavaScript; the candidate fields work without it.

/** The fields of the interview's header, in the order of `strings.scorecardFields`. */
const fieldKeys = ['candidate', 'interviewer', 'date', 'position'] as const

/** Who and when (a form without JavaScript) and, for the script, the label, saved interviews, export and clearing. */
export function session(state: State): Element {
  const {strings} = state
  const text = strings.interview
  const fields: [string, string][] = fieldKeys.map((key, index) => [key, strings.scorecardFields[index]!])
  if (!state.variant) fields.push(['level', strings.scorecardLevel])
  return h('section', {id: 'interview-session', className: ['interview-session'], ariaLabelledBy: 'interview-session-title'}, [
    h('h2', {id: 'interview-session-title'}, text.session),
    h('div', {id: 'interview-controls', className: ['interview-controls', 'needs-script']}, [
      h('p', {className: ['field']}, [
        h('label', {htmlFor: 'interview-label'}, text.label),
        ' ',
        h('input', {id: 'interview-label', type: 'text', autoComplete: 'off', ariaDescribedBy: 'interview-label-hint'}),
        ' ',
        button('interview-open', text.open)
      ]),
      h('p', {id: 'interview-label-hint', className: ['meta']}, text.labelHint),
      field('interview-saved', text.saved, h('select', {id: 'interview-saved'})),
      h('p', {className: ['actions']}, [
        button('interview-export-md', text.exportMarkdown),
        button('interview-export-json', text.exportJson),
        button('interview-import', text.importJson, {ariaDescribedBy: ['interview-import-hint']}),
        button('interview-print', text.printScorecard),
        button('interview-clear', text.clear),
        button('interview-clear-confirm', text.confirmClear, {hidden: true}),
        button('interview-clear-cancel', text.cancel, {hidden: true})
      ]),
      // The import button opens this picker; the file is read in the browser only.
      h('input', {id: 'interview-import-file', type: 'file', accept: '.json,application/json', hidden: true, ariaLabel: text.importJson}),
      h('p', {id: 'interview-import-hint', className: ['meta']}, text.importHint),
      h('p', {id: 'interview-status', className: ['meta'], role: 'status'})
    ]),
    h('div', {className: ['interview-fields']}, fields.map(([key, label]) =>
      field(`interview-${key}`, label, h('input', {id: `interview-${key}`, name: key, type: key === 'date' ? 'date' : 'text', autoComplete: 'off'}))
    ))
  ])
}

/**
 * The clock, shown by the script and sticky at the top: elapsed and remaining
 * time (`planned` minutes in all), the current section, the running weighted
 * total (labelled partial while criteria are unscored), start, pause and next.
 */
export function clock(state: State, planned: string): Element {
  const text = state.strings.interview
  const reading = (label: string, value: (ElementContent | string)[]) => h('div', [h('dt', label), h('dd', value)])
  return h('section', {id: 'interview-clock', className: ['interview-clock', 'needs-script'], ariaLabelledBy: 'interview-clock-title'}, [
    h('h2', {id: 'interview-clock-title'}, text.clock),
    h('dl', {className: ['clock-readings']}, [
      reading(text.elapsed, [h('span', {id: 'interview-elapsed', role: 'timer'}, '0:00'), ` / ${planned}:00`]),
      reading(text.remaining, [h('span', {id: 'interview-remaining'}, `${planned}:00`)]),
      reading(text.current, [h('span', {id: 'interview-current'}, text.script.none)]),
      // The weighted total so far and how many criteria are unscored, in view while scrolling.
      reading(text.runningTotal, [h('span', {id: 'interview-summary'}, text.script.noScores)])
    ]),
    h('p', {className: ['actions']}, [
      button('interview-start', text.start),
      button('interview-pause', text.pause, {disabled: true}),
      button('interview-next', text.next)
    ]),
    h('p', {id: 'interview-clock-status', className: ['meta'], ariaLive: 'polite'}, text.script.notStarted)
  ])
}

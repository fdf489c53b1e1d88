import {stringsFor} from '@org/llm-interview-renderer'
import type {Element} from 'hast'
import {h} from 'hastscript'

/** The guide version whose interviews a debrief page merges. */
export interface DebriefPageOptions {
  guide: string
  version: string
  lang: string
}

/**
 * The `<main>` content of a version's debrief page (`<version>/debrief/`): a
 * file picker (the files are read in the browser, never sent), the status
 * line, the list of refused files and the report, which `browser.js` fills.
 * The form carries the guide version and the script's strings as `data-*`.
 */
export function debriefContent(options: DebriefPageOptions): Element[] {
  const strings = stringsFor(options.lang).debrief
  return [
    h('h2', {id: 'debrief-title'}, strings.title),
    h('p', {className: ['intro']}, strings.intro),
    h('noscript', h('p', {className: ['notice']}, strings.noscript)),
    h('form', {id: 'debrief-form', className: ['debrief-form'], ariaLabelledBy: 'debrief-title', dataGuide: options.guide, dataVersion: options.version, dataStrings: JSON.stringify(strings.script)}, [
      h('p', {className: ['field']}, [h('label', {htmlFor: 'debrief-files'}, strings.pick), ' ', h('input', {id: 'debrief-files', type: 'file', multiple: true, accept: '.json,application/json'})])
    ]),
    h('p', {id: 'debrief-status', role: 'status'}),
    h('ul', {id: 'debrief-problems', className: ['debrief-problems'], hidden: true}),
    h('div', {id: 'debrief-report', className: ['debrief-report']})
  ]
}

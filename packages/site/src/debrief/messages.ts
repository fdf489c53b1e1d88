import {siteProblem, type SiteProblem} from '../messages/localize.js'
import type {DebriefProblem} from './merge.js'

// The CLI's messages about refused files come from the site's catalogue
// (`debrief/<kind>`); the page says the same in the reader's language
// (`problemLines`).

/** The message about a refused file, for `llm-interview debrief` (at the file's start: exports are written by the page, not by hand). */
export function debriefProblem(problem: DebriefProblem): SiteProblem {
  switch (problem.kind) {
    case 'json':
      return siteProblem('debrief/json', {})
    case 'format':
      return siteProblem('debrief/format', {found: problem.found})
    case 'shape':
      return siteProblem('debrief/shape', {path: problem.path})
    case 'guide':
      return siteProblem('debrief/guide', {found: problem.found, expected: problem.expected})
    case 'candidate':
      return siteProblem('debrief/candidate', {found: problem.found, expected: problem.expected})
    case 'rubric':
      return siteProblem('debrief/rubric', {other: problem.other})
    case 'duplicate':
      return siteProblem('debrief/duplicate', {other: problem.other})
  }
}

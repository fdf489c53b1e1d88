import {jsonPlace, jsonSteps, type JsonStep} from '../json-place.js'
import {siteProblem, type SiteProblem} from '../messages/localize.js'
import type {DebriefProblem} from './merge.js'

// The CLI's messages about refused files come from the site's catalogue
// (`debrief/<kind>`); the page says the same in the reader's language
// (`problemLines`).

/**
 * The message about a refused file, for `llm-interview debrief`, at the
 * offending value in `text` (the file's JSON), or at the syntax error of a
 * file that is not JSON.
 */
export function debriefProblem(problem: DebriefProblem, text: string): SiteProblem {
  const place = jsonPlace(text, pathOf(problem))
  switch (problem.kind) {
    case 'json':
      return siteProblem('debrief/json', {}, place)
    case 'format':
      return siteProblem('debrief/format', {found: problem.found}, place)
    case 'shape':
      return siteProblem('debrief/shape', {path: problem.path}, place)
    case 'guide':
      return siteProblem('debrief/guide', {found: problem.found, expected: problem.expected}, place)
    case 'candidate':
      return siteProblem('debrief/candidate', {found: problem.found, expected: problem.expected}, place)
    case 'rubric':
      return siteProblem('debrief/rubric', {other: problem.other}, place)
    case 'duplicate':
      return siteProblem('debrief/duplicate', {other: problem.other}, place)
  }
}

/** Where in an export the value a refusal is about sits (`guide@version`: the part that differs). */
function pathOf(problem: DebriefProblem): JsonStep[] {
  switch (problem.kind) {
    case 'json':
      return []
    case 'format':
      return ['format']
    case 'shape':
      return jsonSteps(problem.path)
    case 'guide':
      return ['guide', idOf(problem.found) === idOf(problem.expected) ? 'version' : 'id']
    case 'candidate':
      return ['fields', 'candidate']
    case 'rubric':
      return ['scores']
    case 'duplicate':
      // What makes two exports the same interview starts with its label.
      return ['label']
  }
}

const idOf = (page: string) => page.slice(0, page.lastIndexOf('@'))

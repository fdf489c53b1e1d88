// The panel debrief: several interviewers' JSON exports of one candidate and
// one guide version, merged. Pure (no DOM, no Node APIs): the debrief page's
// script and `llm-interview debrief` share it. Files that do not belong
// together are refused, never merged.
import {exportPage, parseExport, type ExportProblem, type InterviewExport} from '../interview/export-file.js'
import {round1, scale, scoreSummary} from '../interview/score.js'

/** Interviewers whose scores of a criterion differ by this much or more are flagged. */
export const spreadThreshold = 2

/** An export file as read: its name (for messages) and its text. */
export interface DebriefFile {
  name: string
  text: string
}

/** Why a file was refused; `expected` and `other` come from the first usable file. */
export type DebriefProblem = {file: string} & (
  | ExportProblem
  | {kind: 'guide'; found: string; expected: string}
  | {kind: 'candidate'; found: string; expected: string}
  | {kind: 'rubric'; other: string}
  | {kind: 'duplicate'; other: string}
)

export interface DebriefInterviewer {
  file: string
  /** The interview's label in its interviewer's browser. */
  label: string
  /** The interviewer field, else the label. */
  name: string
  /** Level id of the interview page; null for the full guide. */
  level: string | null
  /** The level's label, from the export; null for the full guide and for exports that do not carry it. */
  levelLabel: string | null
  exported: string
  /** Weighted total of this interviewer's scores; null when none. */
  total: number | null
  /** How many criteria this interviewer left unscored. */
  missing: number
  recommendation: string
  overall: string
  /** Non-empty section notes, in plan order. */
  notes: {section: string; title: string; text: string}[]
}

export interface DebriefCriterion {
  id: string
  title: string
  weight: number
  /** One score per interviewer, in file order; null when not scored. */
  scores: (number | null)[]
  /** Mean of the given scores, to one decimal; null when nobody scored. */
  mean: number | null
  /** Highest minus lowest given score; null with fewer than two scores. */
  spread: number | null
  /** Whether the spread is at least `spreadThreshold`. */
  flagged: boolean
}

export interface Debrief {
  guide: {id: string; version: string}
  /** The candidate field of the exports (all equal where given); '' when none names one. */
  candidate: string
  interviewers: DebriefInterviewer[]
  criteria: DebriefCriterion[]
  /** The weighted total of the mean scores, and how many criteria nobody scored. */
  panel: {total: number | null; missing: number}
}

export type DebriefResult = {ok: true; debrief: Debrief} | {ok: false; problems: DebriefProblem[]}

/** What the page's own guide version is, when the page merges (files of another one are refused). */
export interface DebriefExpect {
  guide: string
  version: string
}

const candidateOf = (value: InterviewExport) => (value.fields['candidate'] ?? '').replace(/\s+/g, ' ').trim()
const rubricOf = (value: InterviewExport) => value.scores.map((line) => `${line.id}:${line.weight}`).join(',')
/**
 * What makes two files the same interview: the same interviewer, label and
 * page (an export saved twice, perhaps at different times); without an
 * interviewer's name, the same export time too.
 */
const identity = (value: InterviewExport) => {
  const interviewer = (value.fields['interviewer'] ?? '').trim()
  return JSON.stringify([value.label, interviewer, value.guide.level, interviewer ? '' : value.exported])
}

/**
 * Merges export files into one debrief, or lists every file that cannot be
 * merged: not an export, of another guide or version (than `expected`, else
 * the first usable file), of another candidate, with another rubric, or the
 * same export twice. Interviewers keep the order of `files`.
 */
export function mergeExports(files: readonly DebriefFile[], expected?: DebriefExpect): DebriefResult {
  const problems: DebriefProblem[] = []
  const used: {file: string; value: InterviewExport}[] = []
  for (const file of files) {
    const parsed = parseExport(file.text)
    if (!parsed.ok) {
      problems.push({file: file.name, ...parsed.problem})
      continue
    }
    const {value} = parsed
    const first = used[0]
    const wanted = expected ? `${expected.guide}@${expected.version}` : first ? exportPage(first.value, false) : undefined
    const found = exportPage(value, false)
    const candidate = candidateOf(value)
    const named = used.find((u) => candidateOf(u.value) !== '')
    const twin = used.find((u) => identity(u.value) === identity(value))
    if (wanted !== undefined && found !== wanted) problems.push({file: file.name, kind: 'guide', found, expected: wanted})
    else if (named && candidate !== '' && candidate !== candidateOf(named.value)) problems.push({file: file.name, kind: 'candidate', found: candidate, expected: candidateOf(named.value)})
    else if (first && rubricOf(value) !== rubricOf(first.value)) problems.push({file: file.name, kind: 'rubric', other: first.file})
    else if (twin) problems.push({file: file.name, kind: 'duplicate', other: twin.file})
    else used.push({file: file.name, value})
  }
  if (problems.length > 0) return {ok: false, problems}
  return {ok: true, debrief: debriefOf(used)}
}

function debriefOf(used: {file: string; value: InterviewExport}[]): Debrief {
  const first = used[0]!.value
  const criteria = first.scores.map((line) => ({id: line.id, weight: line.weight}))
  const interviewers = used.map(({file, value}): DebriefInterviewer => {
    const summary = scoreSummary(criteria, Object.fromEntries(value.scores.map((line) => [line.id, line.score])))
    return {
      file,
      label: value.label,
      name: (value.fields['interviewer'] ?? '').trim() || value.label,
      level: value.guide.level,
      levelLabel: value.guide.levelLabel,
      exported: value.exported,
      total: summary.total,
      missing: summary.missing.length,
      recommendation: value.recommendation,
      overall: value.overall.trim(),
      notes: value.sections.filter((s) => s.notes.trim() !== '').map((s) => ({section: s.id, title: s.title, text: s.notes.trim()}))
    }
  })
  const merged = first.scores.map((line, index): DebriefCriterion => {
    const scores = used.map(({value}) => value.scores[index]!.score)
    const given = scores.filter((score): score is number => score !== null)
    const spread = given.length >= 2 ? Math.max(...given) - Math.min(...given) : null
    const mean = given.length > 0 ? round1(given.reduce((a, b) => a + b, 0) / given.length) : null
    return {id: line.id, title: line.title, weight: line.weight, scores, mean, spread, flagged: spread !== null && spread >= spreadThreshold}
  })
  let sum = 0
  for (const criterion of merged) {
    if (criterion.mean === null) continue
    const given = criterion.scores.filter((score): score is number => score !== null)
    // From the exact mean, rounded once, as the interview page rounds its total.
    sum += ((given.reduce((a, b) => a + b, 0) / given.length) * criterion.weight) / scale.max
  }
  const missing = merged.filter((criterion) => criterion.mean === null).length
  return {
    guide: {id: first.guide.id, version: first.guide.version},
    candidate: used.map(({value}) => candidateOf(value)).find((name) => name !== '') ?? '',
    interviewers,
    criteria: merged,
    panel: {total: missing === merged.length ? null : round1(sum), missing}
  }
}

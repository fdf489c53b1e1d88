// What a debrief says, as plain rows and lines: the debrief page's script
// (DOM), Markdown and HTML output all lay out this one model, so they agree.
// Pure: no DOM, no Node APIs.
import type {Strings} from '@org/llm-interview-renderer'
import {fill} from '../interview/export.js'
import {formatScore} from '../interview/score.js'
import type {Debrief, DebriefInterviewer, DebriefProblem} from './merge.js'

/** The debrief strings (`data-strings` on the page, the renderer's `debrief.script`). */
export type DebriefText = {readonly [K in keyof Strings['debrief']['script']]: string}

/** A table: a header row, then rows whose first cell heads the row; `flagged` rows need discussion. */
export interface ReportTable {
  caption: string
  head: string[]
  rows: {cells: string[]; flagged: boolean}[]
}

/** The debrief as headings, tables and notes, in reading order. */
export interface Report {
  title: string
  context: string
  scores: ReportTable
  /** How many criteria are flagged, as a sentence. */
  flags: string
  recommendations: ReportTable
  /** Per interviewer: heading, then labelled notes (overall first, then by section). */
  notes: {heading: string; items: {label: string; text: string}[]}[]
}

const totalOf = (text: DebriefText, total: number | null, partial: boolean) => {
  const shown = formatScore(total, text.none)
  return total !== null && partial ? fill(text.partialTotal, {total: shown}) : shown
}

// The level as the guide names it; its id for exports that do not carry the label.
const levelOf = (text: DebriefText, person: DebriefInterviewer) => person.levelLabel ?? person.level ?? text.fullGuide

/** The report of a merged debrief. */
export function debriefReport(debrief: Debrief, text: DebriefText): Report {
  const people = debrief.interviewers
  const flagged = debrief.criteria.filter((c) => c.flagged).length
  const scores: ReportTable = {
    caption: text.scores,
    head: [text.criterion, text.weight, ...people.map((p) => p.name), text.mean, text.spread],
    rows: [
      ...debrief.criteria.map((c) => ({
        cells: [
          c.title,
          `${c.weight}%`,
          ...c.scores.map((score) => (score === null ? text.none : String(score))),
          formatScore(c.mean, text.none),
          c.spread === null ? text.none : c.flagged ? fill(text.flagged, {n: c.spread}) : String(c.spread)
        ],
        flagged: c.flagged
      })),
      {
        cells: [text.total, `${debrief.criteria.reduce((sum, c) => sum + c.weight, 0)}%`, ...people.map((p) => totalOf(text, p.total, p.missing > 0)), totalOf(text, debrief.panel.total, debrief.panel.missing > 0), ''],
        flagged: false
      }
    ]
  }
  const recommendations: ReportTable = {
    caption: text.recommendations,
    head: [text.interviewer, text.level, text.recommendation, text.total],
    rows: people.map((p) => ({
      cells: [p.name, levelOf(text, p), p.recommendation || text.none, totalOf(text, p.total, p.missing > 0) + (p.missing > 0 ? `（${fill(text.unscored, {n: p.missing})}）` : '')],
      flagged: false
    }))
  }
  return {
    title: fill(text.heading, {candidate: debrief.candidate || text.noCandidate}),
    context: fill(text.guide, {guide: debrief.guide.id, version: debrief.guide.version}),
    scores,
    flags: flagged > 0 ? fill(text.flaggedCount, {n: flagged}) : text.noFlags,
    recommendations,
    notes: people.map((p) => ({
      heading: `${text.notes}：${p.name}`,
      items: [...(p.overall ? [{label: text.overall, text: p.overall}] : []), ...p.notes.map((n) => ({label: `${n.section} ${n.title}`.trim(), text: n.text}))]
    }))
  }
}

/** One line per refused file, saying why. */
export function problemLines(problems: readonly DebriefProblem[], text: DebriefText): string[] {
  return problems.map((problem) => {
    const {file} = problem
    switch (problem.kind) {
      case 'json':
        return fill(text.notJson, {file})
      case 'format':
        return fill(text.format, {file})
      case 'shape':
        return fill(text.shape, {file, path: problem.path})
      case 'guide':
        return fill(text.otherGuide, {file, found: problem.found, expected: problem.expected})
      case 'candidate':
        return fill(text.otherCandidate, {file, found: problem.found, expected: problem.expected})
      case 'rubric':
        return fill(text.otherRubric, {file, other: problem.other})
      case 'duplicate':
        return fill(text.duplicate, {file, other: problem.other})
    }
  })
}

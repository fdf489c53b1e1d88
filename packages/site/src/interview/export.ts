// Markdown and JSON exports of one interview, pure: the page's description
// (`Sheet`, read from its `data-*` attributes) plus the stored record.
import type {Strings} from '@org/llm-interview-renderer'
import type {InterviewRecord} from './record.js'
import {formatScore, scoreSummary, type CriterionWeight} from './score.js'
import {formatClock, timing, type PlannedSection} from './timing.js'

/** The page's strings for its script (`data-strings`, from the renderer's `interview.script`). */
export type InterviewText = {readonly [K in keyof Strings['interview']['script']]: string}

/** What the page says about the interview it runs. */
export interface Sheet {
  guide: string
  version: string
  /** Level id; `''` for the full guide. */
  level: string
  /** The level's label as the guide writes it (`基础型候选人`); `''` (or absent) for the full guide. */
  levelLabel?: string
  /** Level, guide title and version, as one line. */
  context: string
  fields: {name: string; label: string}[]
  sections: (PlannedSection & {title: string; topics: {id: string; text: string}[]})[]
  criteria: (CriterionWeight & {title: string})[]
}

/** `{name}` placeholders of a script string filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}

/** A file name for an export: guide, version, level and label, safe on any file system. */
export function exportName(sheet: Sheet, label: string, extension: 'md' | 'json'): string {
  const safe = label.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'interview'
  return `${[sheet.guide, sheet.version, sheet.level || 'full', safe].join('-')}.${extension}`
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
const quote = (text: string) => text.trim().split('\n').map((line) => `> ${line}`.trimEnd()).join('\n')

/** The interview as Markdown: facts, each section with its time, ticked topics and notes, the scores and the total. */
export function toMarkdown(sheet: Sheet, record: InterviewRecord, text: InterviewText, now: number): string {
  const time = timing(sheet.sections, record.timer, now)
  const scores = scoreSummary(sheet.criteria, record.scores)
  const out = [`# ${text.record}${text.separator}${record.label}`, '', sheet.context, '']
  for (const field of sheet.fields) out.push(`- ${field.label}${text.separator}${record.fields[field.name]?.trim() || text.none}`)
  out.push('', `## ${text.plan}`, '', `${text.elapsed} ${formatClock(time.spent)} / ${text.planned} ${formatClock(time.planned)}`)
  sheet.sections.forEach((section, index) => {
    const t = time.sections[index]!
    const over = t.overrun > 0 ? ` · ${fill(text.overrun, {time: formatClock(t.overrun)})}` : ''
    out.push('', `### ${section.id} ${section.title}`, '', `${text.elapsed} ${formatClock(t.spent)} / ${text.planned} ${formatClock(t.planned)}${over}`, '')
    for (const topic of section.topics) out.push(`- [${record.topics.includes(topic.id) ? 'x' : ' '}] ${cell(topic.text)}`)
    const notes = record.notes[section.id]?.trim()
    if (notes) out.push('', `${text.notes}${text.separator}`, '', quote(notes))
  })
  out.push('', `## ${text.scoring}`, '', `| ${text.criterion} | ${text.weight} | ${text.score} | ${text.weighted} |`, '| --- | ---: | ---: | ---: |')
  scores.lines.forEach((line, index) => {
    out.push(`| ${cell(sheet.criteria[index]!.title)} | ${line.weight}% | ${line.score ?? text.none} | ${formatScore(line.weighted, text.none)} |`)
  })
  const total = formatScore(scores.total, text.none)
  const shown = scores.total !== null && scores.missing.length > 0 ? fill(text.partialTotal, {total}) : total
  out.push(`| **${text.total}** | ${scores.fullMark}% | | **${shown}** |`)
  if (scores.missing.length > 0) out.push('', fill(text.missing, {n: scores.missing.length}))
  out.push('', `## ${text.recommendation}`, '', record.recommendation || text.none)
  if (record.overall.trim()) out.push('', `## ${text.overall}`, '', record.overall.trim())
  return out.join('\n') + '\n'
}

/** The interview as JSON: the record with its computed timing and scores, for other tools. */
export function toJson(sheet: Sheet, record: InterviewRecord, now: number): string {
  const time = timing(sheet.sections, record.timer, now)
  const scores = scoreSummary(sheet.criteria, record.scores)
  const seconds = (ms: number) => Math.floor(ms / 1000)
  const data = {
    format: 'llm-interview/interview@1',
    guide: {id: sheet.guide, version: sheet.version, level: sheet.level || null, levelLabel: sheet.levelLabel || null, context: sheet.context},
    label: record.label,
    exported: new Date(now).toISOString(),
    fields: Object.fromEntries(sheet.fields.map((f) => [f.name, record.fields[f.name] ?? ''])),
    time: {plannedSeconds: seconds(time.planned), spentSeconds: seconds(time.spent), remainingSeconds: Math.trunc(time.remaining / 1000), overruns: time.overruns},
    sections: sheet.sections.map((section, index) => ({
      id: section.id,
      title: section.title,
      plannedMinutes: section.minutes,
      spentSeconds: seconds(time.sections[index]!.spent),
      overrunSeconds: seconds(time.sections[index]!.overrun),
      topics: section.topics.map((topic) => ({id: topic.id, text: topic.text, checked: record.topics.includes(topic.id)})),
      notes: record.notes[section.id] ?? ''
    })),
    scores: scores.lines.map((line, index) => ({...line, title: sheet.criteria[index]!.title})),
    total: scores.total,
    fullMark: scores.fullMark,
    missing: scores.missing,
    /** Whether every criterion is scored: otherwise `total` is partial. */
    complete: scores.total !== null && scores.missing.length === 0,
    recommendation: record.recommendation,
    overall: record.overall
  }
  return JSON.stringify(data, null, 2) + '\n'
}

// What one interview stores in the browser, and where: pure functions over
// plain data, so the key format and the parsing of stored JSON are testable.
import {idleTimer, type TimerState} from './timing.js'

/** One interview's state, saved as the interviewer types. */
export interface InterviewRecord {
  format: 1
  /** The label the interviewer chose; part of the storage key. */
  label: string
  /** Candidate, interviewer, date, position (and level on the full guide), by field name. */
  fields: Record<string, string>
  timer: TimerState
  /** Ids of the topics ticked. */
  topics: string[]
  /** Notes by section id. */
  notes: Record<string, string>
  /** Scores (1-5) by criterion id; missing when not scored. */
  scores: Record<string, number>
  recommendation: string
  overall: string
  /** Last change, ms since the epoch. */
  updated: number
}

/** The page an interview belongs to: guide id, version and level id (`''` for the full guide). */
export interface InterviewPage {
  guide: string
  version: string
  level: string
}

/**
 * The prefix of every key of a page's interviews:
 * `llm-interview:interview:<guide>:<version>:<level or _>:`; the label
 * follows as typed. Guide ids, versions and level ids hold no `:`, and a
 * level id never is `_`, so keys of different pages never collide.
 */
export function keyPrefix(page: InterviewPage): string {
  return `llm-interview:interview:${page.guide}:${page.version}:${page.level || '_'}:`
}

/** Where an interview is stored. */
export function storageKey(page: InterviewPage, label: string): string {
  return keyPrefix(page) + label
}

/** Where the label of the page's last opened interview is stored. */
export function lastLabelKey(page: InterviewPage): string {
  return `llm-interview:interview-last:${page.guide}:${page.version}:${page.level || '_'}`
}

/** The labels of the page's saved interviews among storage keys, sorted. */
export function savedLabels(keys: Iterable<string>, page: InterviewPage): string[] {
  const prefix = keyPrefix(page)
  return [...keys].filter((key) => key.startsWith(prefix) && key.length > prefix.length).map((key) => key.slice(prefix.length)).sort()
}

/** A label as typed, trimmed and with runs of spaces collapsed; undefined when empty. */
export function normalizeLabel(input: string): string | undefined {
  const label = input.replace(/\s+/g, ' ').trim().slice(0, 80)
  return label === '' ? undefined : label
}

/** `template` with {n} set to the smallest number whose label is not taken. */
export function defaultLabel(taken: readonly string[], template: string): string {
  for (let n = 1; ; n++) if (!taken.includes(template.replace('{n}', String(n)))) return template.replace('{n}', String(n))
}

export function emptyRecord(label: string, now: number): InterviewRecord {
  return {format: 1, label, fields: {}, timer: idleTimer(), topics: [], notes: {}, scores: {}, recommendation: '', overall: '', updated: now}
}

/** Whether anything was entered or timed: only then is the interview worth saving. */
export function hasContent(record: InterviewRecord): boolean {
  const texts = [...Object.values(record.fields), ...Object.values(record.notes), record.recommendation, record.overall]
  return texts.some((text) => text.trim() !== '') || record.topics.length > 0 || Object.keys(record.scores).length > 0 || record.timer.current !== null
}

/** A stored interview, whatever the stored JSON holds: what does not fit is dropped. */
export function parseRecord(json: string | null, label: string): InterviewRecord | undefined {
  let value: unknown
  try {
    value = json === null ? undefined : JSON.parse(json)
  } catch {
    return undefined
  }
  if (!isObject(value) || value['format'] !== 1) return undefined
  const timer = isObject(value['timer']) ? value['timer'] : {}
  return {
    format: 1,
    label,
    fields: strings(value['fields']),
    timer: {
      current: typeof timer['current'] === 'string' ? timer['current'] : null,
      since: typeof timer['since'] === 'number' && Number.isFinite(timer['since']) ? timer['since'] : null,
      spent: numbers(timer['spent'])
    },
    topics: Array.isArray(value['topics']) ? value['topics'].filter((t): t is string => typeof t === 'string') : [],
    notes: strings(value['notes']),
    scores: numbers(value['scores']),
    recommendation: typeof value['recommendation'] === 'string' ? value['recommendation'] : '',
    overall: typeof value['overall'] === 'string' ? value['overall'] : '',
    updated: typeof value['updated'] === 'number' ? value['updated'] : 0
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function strings(value: unknown): Record<string, string> {
  return isObject(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')) : {}
}

function numbers(value: unknown): Record<string, number> {
  return isObject(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0)) : {}
}

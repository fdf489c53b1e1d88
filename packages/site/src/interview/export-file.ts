// Reading back an interview's JSON export (`toJson`): validated by hand, as
// this module also runs in the browser (session import, panel debrief) where
// no schema library is loaded. Pure: no DOM, no Node APIs.
import {emptyRecord, type InterviewRecord} from './record.js'
import {parseScore} from './score.js'

/** The `format` of the JSON export this module reads. */
export const exportFormat = 'llm-interview/interview@1'

/** One interview as its JSON export holds it (the fields this tool reads back). */
export interface InterviewExport {
  /** `levelLabel` is null for the full guide, and in exports made before it was written (they still import). */
  guide: {id: string; version: string; level: string | null; levelLabel: string | null; context: string}
  label: string
  exported: string
  fields: Record<string, string>
  sections: {id: string; title: string; spentSeconds: number; topics: {id: string; checked: boolean}[]; notes: string}[]
  scores: {id: string; title: string; weight: number; score: number | null}[]
  recommendation: string
  overall: string
}

/**
 * Why a file is not a usable export: `json` (not JSON), `format` (JSON, but
 * no `format` of this tool, or another one: `found`), `shape` (a field
 * missing or of the wrong type: `path`).
 */
export type ExportProblem = {kind: 'json'} | {kind: 'format'; found: string} | {kind: 'shape'; path: string}

export type ExportResult = {ok: true; value: InterviewExport} | {ok: false; problem: ExportProblem}

class ShapeError extends Error {
  constructor(readonly path: string) {
    super(path)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function object(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) throw new ShapeError(path)
  return value
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path)
  return value
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ShapeError(path)
  return value
}

function list<T>(value: unknown, path: string, each: (item: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw new ShapeError(path)
  return value.map((item, index) => each(item, `${path}[${index}]`))
}

function texts(value: unknown, path: string): Record<string, string> {
  const entries = Object.entries(object(value, path))
  return Object.fromEntries(entries.map(([key, v]) => [key, text(v, `${path}.${key}`)]))
}

/** Parses and validates the text of an export file. */
export function parseExport(source: string): ExportResult {
  let value: unknown
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch {
    return {ok: false, problem: {kind: 'json'}}
  }
  if (!isObject(value) || value['format'] !== exportFormat) {
    const found = isObject(value) && typeof value['format'] === 'string' ? value['format'] : ''
    return {ok: false, problem: {kind: 'format', found}}
  }
  try {
    return {ok: true, value: read(value)}
  } catch (error) {
    if (error instanceof ShapeError) return {ok: false, problem: {kind: 'shape', path: error.path}}
    throw error
  }
}

function read(data: Record<string, unknown>): InterviewExport {
  const guide = object(data['guide'], 'guide')
  const level = guide['level'] === null ? null : text(guide['level'], 'guide.level')
  const levelLabel = guide['levelLabel'] == null ? '' : text(guide['levelLabel'], 'guide.levelLabel')
  return {
    guide: {id: text(guide['id'], 'guide.id'), version: text(guide['version'], 'guide.version'), level: level || null, levelLabel: (level && levelLabel) || null, context: text(guide['context'] ?? '', 'guide.context')},
    label: text(data['label'], 'label'),
    exported: text(data['exported'] ?? '', 'exported'),
    fields: texts(data['fields'], 'fields'),
    sections: list(data['sections'], 'sections', (item, path) => {
      const section = object(item, path)
      return {
        id: text(section['id'], `${path}.id`),
        title: text(section['title'] ?? '', `${path}.title`),
        spentSeconds: count(section['spentSeconds'] ?? 0, `${path}.spentSeconds`),
        topics: list(section['topics'] ?? [], `${path}.topics`, (topic, at) => {
          const t = object(topic, at)
          if (typeof t['checked'] !== 'boolean') throw new ShapeError(`${at}.checked`)
          return {id: text(t['id'], `${at}.id`), checked: t['checked']}
        }),
        notes: text(section['notes'] ?? '', `${path}.notes`)
      }
    }),
    scores: list(data['scores'], 'scores', (item, path) => {
      const line = object(item, path)
      const raw = line['score']
      const score = raw === null ? null : parseScore(raw)
      if (score === undefined) throw new ShapeError(`${path}.score`)
      return {id: text(line['id'], `${path}.id`), title: text(line['title'] ?? '', `${path}.title`), weight: count(line['weight'], `${path}.weight`), score}
    }),
    recommendation: text(data['recommendation'] ?? '', 'recommendation'),
    overall: text(data['overall'] ?? '', 'overall')
  }
}

/** `guide@version`, or `guide@version/level` for a level's page: how messages name an export's page. */
export function exportPage(value: {guide: Pick<InterviewExport['guide'], 'id' | 'version' | 'level'>}, withLevel = true): string {
  const {id, version, level} = value.guide
  return `${id}@${version}${withLevel && level ? `/${level}` : ''}`
}

/**
 * The stored record of an imported export, to continue the interview in
 * another browser: the clock paused with each section's time, the ticks,
 * notes, scores (scores of criteria the page lacks are dropped by the page's
 * own scoring), recommendation and overall notes.
 */
export function recordFromExport(value: InterviewExport, label: string, now: number): InterviewRecord {
  const spent = Object.fromEntries(value.sections.filter((s) => s.spentSeconds > 0).map((s) => [s.id, s.spentSeconds * 1000]))
  const current = value.sections.findLast((s) => s.spentSeconds > 0)?.id ?? null
  return {
    ...emptyRecord(label, now),
    fields: value.fields,
    timer: {current, since: null, spent},
    topics: value.sections.flatMap((s) => s.topics.filter((t) => t.checked).map((t) => t.id)),
    notes: Object.fromEntries(value.sections.filter((s) => s.notes !== '').map((s) => [s.id, s.notes])),
    scores: Object.fromEntries(value.scores.flatMap((line) => (line.score === null ? [] : [[line.id, line.score]]))),
    recommendation: value.recommendation,
    overall: value.overall
  }
}

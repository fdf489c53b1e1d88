// Importing an interview's JSON export on its interview page, to continue it
// in another browser: pure, so every refusal and its message is testable.
import {fill, type InterviewText} from './export.js'
import {exportPage, parseExport, recordFromExport} from './export-file.js'
import {normalizeLabel, type InterviewPage, type InterviewRecord} from './record.js'

export type ImportResult = {ok: true; record: InterviewRecord; message: string} | {ok: false; message: string}

/**
 * The record an export file gives on `page`, under its own label (or, when
 * that label is taken here, the first free `label (n)`), or the message that
 * says why the file is refused: not JSON, not an interview export, damaged,
 * or of another guide, version or level.
 */
export function importInterview(page: InterviewPage, file: string, source: string, text: InterviewText, taken: readonly string[], now: number): ImportResult {
  const parsed = parseExport(source)
  if (!parsed.ok) {
    const {problem} = parsed
    const template = problem.kind === 'json' ? text.importNotJson : problem.kind === 'format' ? text.importFormat : text.importShape
    return {ok: false, message: fill(template, {file, path: problem.kind === 'shape' ? problem.path : ''})}
  }
  const {value} = parsed
  const expected = exportPage({guide: {id: page.guide, version: page.version, level: page.level || null}})
  const found = exportPage(value)
  if (found !== expected) return {ok: false, message: fill(text.importOtherPage, {file, found, expected})}
  const wanted = normalizeLabel(value.label) ?? file.replace(/\.json$/i, '')
  let label = wanted
  for (let n = 2; taken.includes(label); n++) label = `${wanted} (${n})`
  return {ok: true, record: recordFromExport(value, label, now), message: fill(text.imported, {file, label})}
}

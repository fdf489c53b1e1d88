import type {Position as UnistPosition, Point as UnistPoint} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/** `source` of every message the parser emits. */
export const messageSource = 'llm-interview'

/** How bad a finding is: an error fails `check`, a warning does not. */
export type Severity = 'error' | 'warning'

export interface Finding {
  /** "Unexpected X, expected Y". */
  reason: string
  /** What to do about it, shown by `check` under the message. */
  hint: string
  /** Stable ID of the rule, e.g. `section-duration-sum`. */
  ruleId: string
  /** Where; every finding has a place, at worst the whole file's start. */
  place: UnistPosition | UnistPoint | undefined
  severity?: Severity
  /** A related place, e.g. the first of two duplicate headings. */
  related?: {reason: string; place: UnistPosition | UnistPoint | undefined}
}

const fileStart: UnistPoint = {line: 1, column: 1}

/** Adds a positioned message to `file`. */
export function report(file: VFile, finding: Finding): VFileMessage {
  const cause = finding.related
    ? new VFileMessage(finding.related.reason, {
        place: finding.related.place ?? fileStart,
        ruleId: finding.ruleId,
        source: messageSource
      })
    : undefined
  const message = file.message(finding.reason, {
    place: finding.place ?? fileStart,
    ruleId: finding.ruleId,
    source: messageSource,
    cause
  })
  message.note = finding.hint
  message.fatal = (finding.severity ?? 'error') === 'error'
  return message
}

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

/** Most messages one file keeps: past them, findings are only counted. */
export const messageLimit = 1000

declare module 'vfile' {
  interface DataMap {
    /** Findings past `messageLimit`: how many errors and warnings, and where the first was. */
    unreported: {errors: number; warnings: number; place: UnistPosition | UnistPoint}
  }
}

/**
 * Adds a positioned message to `file`; past `messageLimit` messages, only
 * counts it (see `reportUnreported`), so a hostile source cannot flood the
 * report or the memory.
 */
export function report(file: VFile, finding: Finding): void {
  if (file.messages.length >= messageLimit) {
    const unreported = (file.data.unreported ??= {errors: 0, warnings: 0, place: finding.place ?? fileStart})
    if ((finding.severity ?? 'error') === 'error') unreported.errors++
    else unreported.warnings++
    return
  }
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
}

/** Whether `file` has an error, reported or only counted. */
export function hasFatal(file: VFile): boolean {
  return (file.data.unreported?.errors ?? 0) > 0 || file.messages.some((message) => message.fatal)
}

/** Adds one message for the findings past `messageLimit`, an error if any of them is. */
export function reportUnreported(file: VFile): void {
  const unreported = file.data.unreported
  if (!unreported) return
  const count = unreported.errors + unreported.warnings
  const message = file.message(`Unexpected ${count} more problems after the first ${messageLimit}, expected fewer`, {
    place: unreported.place,
    ruleId: 'too-many-messages',
    source: messageSource
  })
  message.note = 'Fix the problems listed first (one mistake often repeats); the rest are counted, not listed.'
  message.fatal = unreported.errors > 0
}

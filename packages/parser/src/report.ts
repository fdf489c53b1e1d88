import type {Position as UnistPosition, Point as UnistPoint} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {ruleIdOf} from './messages/catalogue.js'
import {parserMessages, type ParserMessageKey} from './messages/index.js'
import {setMessageRef} from './localize.js'

/** `source` of every message the parser emits. */
export const messageSource = 'llm-interview'

/** How bad a finding is: an error fails `check`, a warning does not. */
export type Severity = 'error' | 'warning'

type FindingOf<K extends ParserMessageKey> = {
  /** The catalogue entry (see messages/): its text in every language, and the rule id before the `/`. */
  message: K
  /** Where; every finding has a place, at worst the whole file's start. */
  place: UnistPosition | UnistPoint | undefined
  severity?: Severity
  /** A related place, e.g. the first of two duplicate headings; its text is the entry's `related`. */
  related?: {place: UnistPosition | UnistPoint | undefined}
} & ({} extends Parameters<(typeof parserMessages)[K]['en']>[0] ? {params?: Parameters<(typeof parserMessages)[K]['en']>[0]} : {params: Parameters<(typeof parserMessages)[K]['en']>[0]})

/** A finding of the parser: a message of its catalogue, filled in, at a place. */
export type Finding = {[K in ParserMessageKey]: FindingOf<K>}[ParserMessageKey]

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
  const params = finding.params ?? {}
  const text = (parserMessages[finding.message].en as (p: typeof params) => {reason: string; hint: string; related?: string})(params)
  const ruleId = ruleIdOf(finding.message)
  const cause = finding.related
    ? new VFileMessage(text.related ?? '', {
        place: finding.related.place ?? fileStart,
        ruleId,
        source: messageSource
      })
    : undefined
  const message = file.message(text.reason, {
    place: finding.place ?? fileStart,
    ruleId,
    source: messageSource,
    cause
  })
  message.note = text.hint
  message.fatal = (finding.severity ?? 'error') === 'error'
  setMessageRef(message, {key: finding.message, params})
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
  const params = {count, limit: messageLimit}
  const text = parserMessages['too-many-messages'].en(params)
  const message = file.message(text.reason, {
    place: unreported.place,
    ruleId: ruleIdOf('too-many-messages'),
    source: messageSource
  })
  message.note = text.hint
  message.fatal = unreported.errors > 0
  setMessageRef(message, {key: 'too-many-messages', params})
}

import {messageSource} from '@org/llm-interview-parser'
import type {VFileMessage} from 'vfile-message'
import {DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range} from 'vscode-languageserver'

/**
 * The LSP diagnostic of a check message: its place as the range (a point
 * reaches to the end of its line, so editors can underline it), the rule
 * as `code`, errors and warnings as such, the hint after the reason, and
 * the related place (`cause`) as related information.
 */
export function toDiagnostic(message: VFileMessage, uri: string, lines: readonly string[]): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message.place, lines),
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: message.source ?? messageSource,
    message: message.note ? `${message.reason}\n${message.note}` : message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  const cause = message.cause
  if (cause && typeof cause === 'object' && 'reason' in cause && 'place' in cause) {
    const related = cause as VFileMessage
    const information: DiagnosticRelatedInformation = {location: {uri, range: rangeOf(related.place, lines)}, message: related.reason}
    diagnostic.relatedInformation = [information]
  }
  return diagnostic
}

/** A unist place (1-based lines and columns) as an LSP range (0-based). */
export function rangeOf(place: VFileMessage['place'], lines: readonly string[]): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return {start: toLsp(place.start), end: toLsp(place.end)}
  const start = toLsp(place)
  const lineText = lines[start.line] ?? ''
  return {start, end: {line: start.line, character: Math.max(start.character, lineText.length)}}
}

function toLsp(point: {line: number; column: number}): {line: number; character: number} {
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
}

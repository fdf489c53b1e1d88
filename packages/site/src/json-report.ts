import type {VFile} from 'vfile'
import {englishText} from './messages/localize.js'

/** One message as `check --format json` prints it. */
export interface JsonMessage {
  file: string
  line: number
  column: number
  endLine: number | undefined
  endColumn: number | undefined
  severity: 'error' | 'warning'
  ruleId: string
  /** The message in the guide's language (or `--lang`). */
  message: string
  hint: string | undefined
  /** The message in English, whatever `message` is written in: for tools. */
  messageEn: string
  hintEn: string | undefined
}

/** The messages of files as plain objects, in file then source order. */
export function toJsonMessages(files: readonly VFile[]): JsonMessage[] {
  return files.flatMap((file) =>
    file.messages.map((m) => {
      const english = englishText(m)
      return {
      file: file.path,
      line: m.place && 'start' in m.place ? m.place.start.line : (m.line ?? 1),
      column: m.place && 'start' in m.place ? m.place.start.column : (m.column ?? 1),
      endLine: m.place && 'end' in m.place ? m.place.end.line : undefined,
      endColumn: m.place && 'end' in m.place ? m.place.end.column : undefined,
      severity: m.fatal ? ('error' as const) : ('warning' as const),
      ruleId: m.ruleId ?? 'unknown',
      message: m.reason,
      hint: m.note,
      messageEn: english.reason,
      hintEn: m.note === undefined ? undefined : english.hint
    }
    })
  )
}

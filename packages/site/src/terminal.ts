import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'

// C0 controls but tab and line feed, DEL, and C1 controls (U+009B is a
// one-character CSI for terminals that decode C1 in UTF-8).
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
// What JSON.stringify leaves raw: DEL and C1 (it escapes C0 itself).
const jsonControls = /[\u007f-\u009f]/g

/**
 * Text from content or arguments made safe for a terminal: every control
 * character but tab and line feed is shown as a `\xNN` escape, so an
 * `ESC [2J` in a heading prints as `\x1b[2J` instead of clearing the screen
 * (and a carriage return cannot overwrite the line before it).
 */
export function escapeControls(text: string): string {
  return text.replace(controls, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/**
 * JSON text with the control characters JSON.stringify leaves raw (DEL, C1)
 * written as `\u00NN` escapes: the same value for a parser, safe on a terminal.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(jsonControls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * A `vfile-reporter` report (verbose: with hints) whose paths, reasons,
 * notes and causes have their control characters escaped: the reporter's
 * own colours stay, the content's escape sequences do not reach the terminal.
 */
export function reportFiles(files: readonly VFile[], options: {color?: boolean} = {}): string {
  return reporter(files.map(safeFile), {verbose: true, ...(options.color === undefined ? {} : {color: options.color})})
}

function safeFile(file: VFile): VFile {
  const copy = new VFile(file.path === undefined ? {} : {path: escapeControls(file.path)})
  for (const message of file.messages) {
    const cause = safeCause(copy, message.cause)
    const safe = copy.message(escapeControls(message.reason), {
      ...(message.place ? {place: message.place} : {}),
      ...(message.ruleId ? {ruleId: escapeControls(message.ruleId)} : {}),
      ...(message.source ? {source: escapeControls(message.source)} : {}),
      ...(cause ? {cause} : {})
    })
    safe.fatal = message.fatal
    if (message.note !== undefined) safe.note = escapeControls(message.note)
    if (message.url !== undefined) safe.url = escapeControls(message.url)
  }
  return copy
}

/** A related message, escaped; other causes (errors) keep only their escaped message. */
function safeCause(file: VFile, cause: unknown): VFileMessage | undefined {
  if (!cause || typeof cause !== 'object' || !('reason' in cause)) {
    if (cause instanceof Error) return detached(file, escapeControls(cause.message), undefined)
    return undefined
  }
  const related = cause as VFileMessage
  return detached(file, escapeControls(String(related.reason)), related.place ?? undefined, related.ruleId, related.source)
}

function detached(file: VFile, reason: string, place: VFileMessage['place'], ruleId?: string, source?: string): VFileMessage {
  const message = file.message(reason, {
    ...(place ? {place} : {}),
    ...(ruleId ? {ruleId: escapeControls(ruleId)} : {}),
    ...(source ? {source: escapeControls(source)} : {})
  })
  file.messages.pop()
  return message
}

type Env = Readonly<Record<string, string | undefined>>

/**
 * Whether to colour output: `FORCE_COLOR` (any value but `0` or `false`)
 * forces colour, `FORCE_COLOR=0` and `NO_COLOR` (any non-empty value, see
 * no-color.org) turn it off, otherwise colour on a terminal that is not `dumb`.
 */
export function colorEnabled(env: Env, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env['NO_COLOR']) return false
  return isTTY && env['TERM'] !== 'dumb'
}

/** Whether to show progress lines: on a terminal, never in CI (`CI` set, but not `false`). */
export function progressEnabled(env: Env, isTTY: boolean): boolean {
  const ci = env['CI']
  return isTTY && (ci === undefined || ci === '' || ci === 'false' || ci === '0') && env['TERM'] !== 'dumb'
}

/**
 * A progress line on stderr (`PDF 3/8`), rewritten in place; nothing at
 * all unless `enabled` (a terminal, not CI), so logs stay clean.
 */
export function progressLine(write: (text: string) => void, enabled: boolean): {update: (label: string, done: number, total: number) => void; end: () => void} {
  let shown = false
  return {
    update(label, done, total) {
      if (!enabled) return
      write(`\r\u001b[2K${escapeControls(label)} ${done}/${total}`)
      shown = true
    },
    end() {
      if (shown) write('\r\u001b[2K')
      shown = false
    }
  }
}

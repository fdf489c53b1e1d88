import {messageRefOf, setMessageRef} from '@org/llm-interview-parser'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

type Place = VFileMessage['place']

function shiftPlace(place: Place, lines: number): Place {
  if (!place) return {line: 1, column: 1}
  const point = (p: {line: number; column: number}) => (p.line > lines ? {...p, line: p.line - lines} : {line: 1, column: 1})
  return 'start' in place ? {start: point(place.start), end: point(place.end)} : point(place)
}

/**
 * The messages of a parse of `<front matter> + body` as messages on the
 * body's own file: every line moved up by the `lines` the front matter took,
 * each keeping its catalogue entry.
 */
export function messagesOnBody(messages: readonly VFileMessage[], lines: number, path: string, body: string): VFile {
  const file = new VFile({path, value: body})
  for (const found of messages) {
    const related = found.cause && typeof found.cause === 'object' && 'reason' in found.cause ? (found.cause as VFileMessage) : undefined
    const cause = related ? file.message(related.reason, {place: shiftPlace(related.place, lines), ruleId: found.ruleId, source: found.source}) : undefined
    if (cause) file.messages.pop()
    const message = file.message(found.reason, {place: shiftPlace(found.place, lines), ruleId: found.ruleId, source: found.source, ...(cause ? {cause} : {})})
    message.fatal = found.fatal
    message.note = found.note
    // The catalogue entry travels along, so the message can be written in the guide's language.
    const ref = messageRefOf(found)
    if (ref) setMessageRef(message, ref)
  }
  return file
}

/** The number of errors among the messages. */
export function errorCount(messages: readonly VFileMessage[]): number {
  return messages.filter((m) => m.fatal).length
}

import {messageRefOf, setMessageRef, type MessageRef} from '@org/llm-interview-parser'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A message as JSON keeps it (a cache entry, a guide's part), enough to print it again in any language. */
export interface SavedMessage {
  reason: string
  place: VFileMessage['place']
  ruleId: string | undefined
  fatal: boolean
  note: string | undefined
  cause?: {reason: string; place: VFileMessage['place']}
  ref?: MessageRef
}

/** The messages in a form JSON keeps. */
export function saveMessages(messages: readonly VFileMessage[]): SavedMessage[] {
  return messages.map((m) => {
    const ref = messageRefOf(m)
    return {
      reason: m.reason,
      place: m.place,
      ruleId: m.ruleId,
      fatal: m.fatal === true,
      note: m.note,
      ...(ref ? {ref} : {}),
      ...(m.cause && typeof m.cause === 'object' && 'reason' in m.cause ? {cause: {reason: String(m.cause.reason), place: (m.cause as VFileMessage).place}} : {})
    }
  })
}

/** Adds saved messages to `file`, as they were. */
export function restoreMessages(file: VFile, saved: readonly SavedMessage[]): void {
  for (const entry of saved) {
    const cause = entry.cause ? file.message(entry.cause.reason, {place: entry.cause.place, ruleId: entry.ruleId, source: 'llm-interview'}) : undefined
    if (cause) file.messages.pop()
    const message = file.message(entry.reason, {place: entry.place, ruleId: entry.ruleId, source: 'llm-interview', cause})
    message.fatal = entry.fatal
    message.note = entry.note
    if (entry.ref) setMessageRef(message, entry.ref)
  }
}

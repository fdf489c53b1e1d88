import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {messageRefOf, setMessageRef, type MessageRef} from '@org/llm-interview-parser'

type Place = VFileMessage['place']

/** A file's messages as plain data, to cross from the build worker to the server. */
export interface WireFile {
  path: string | undefined
  /** The guide's front matter `lang`, when read. */
  lang?: string
  messages: {reason: string; place: Place; ruleId: string | undefined; source: string | undefined; fatal: boolean | null | undefined; note: string | undefined; cause: {reason: string; place: Place} | undefined; ref?: MessageRef}[]
}

export function toWire(file: VFile): WireFile {
  return {
    path: file.path,
    ...(file.data.lang === undefined ? {} : {lang: file.data.lang}),
    messages: file.messages.map((m) => ({
      reason: m.reason,
      place: m.place,
      ruleId: m.ruleId,
      source: m.source,
      fatal: m.fatal,
      note: m.note,
      ...(messageRefOf(m) ? {ref: messageRefOf(m)} : {}),
      cause: m.cause && typeof m.cause === 'object' && 'reason' in m.cause ? {reason: String(m.cause.reason), place: (m.cause as VFileMessage).place} : undefined
    }))
  }
}

export function fromWire(wire: WireFile): VFile {
  const file = new VFile(wire.path === undefined ? {} : {path: wire.path})
  for (const saved of wire.messages) {
    let cause: VFileMessage | undefined
    if (saved.cause) {
      cause = file.message(saved.cause.reason, {...(saved.cause.place ? {place: saved.cause.place} : {}), ...(saved.ruleId ? {ruleId: saved.ruleId} : {})})
      file.messages.pop()
    }
    const message = file.message(saved.reason, {
      ...(saved.place ? {place: saved.place} : {}),
      ...(saved.ruleId ? {ruleId: saved.ruleId} : {}),
      ...(saved.source ? {source: saved.source} : {}),
      ...(cause ? {cause} : {})
    })
    message.fatal = saved.fatal
    if (saved.note !== undefined) message.note = saved.note
    if (saved.ref) setMessageRef(message, saved.ref)
  }
  if (wire.lang !== undefined) file.data.lang = wire.lang
  return file
}

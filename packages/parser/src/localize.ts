import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatMessage, type Catalogue, type MessageLang, type MessageParams, type MessageText} from './messages/catalogue.js'
import {parserMessages} from './messages/index.js'

/** Which catalogue entry a message was made from, and its values: enough to write it in any catalogue language. */
export interface MessageRef {
  key: string
  params: MessageParams
}

/** A message that may carry its catalogue entry (every message the parser and the site make does). */
export type LocalizableMessage = VFileMessage & {messageRef?: MessageRef; messageLang?: MessageLang}

/** Records the catalogue entry `message` was made from. */
export function setMessageRef(message: VFileMessage, ref: MessageRef): void {
  ;(message as LocalizableMessage).messageRef = ref
}

/** The catalogue entry `message` was made from, if any. */
export function messageRefOf(message: VFileMessage): MessageRef | undefined {
  return (message as LocalizableMessage).messageRef
}

/** The text of `message` in `lang` (its own text when it has no entry in `catalogue`). */
export function messageText(message: VFileMessage, lang: MessageLang, catalogue: Catalogue = parserMessages as unknown as Catalogue): MessageText {
  const ref = messageRefOf(message)
  const text = ref ? formatMessage(catalogue, ref.key, ref.params, lang) : undefined
  if (text) return text
  const cause = message.cause as VFileMessage | undefined
  return {reason: message.reason, hint: message.note ?? '', ...(cause && typeof cause === 'object' && 'reason' in cause ? {related: String(cause.reason)} : {})}
}

/**
 * Rewrites the reason, hint and related text of every message of `file`
 * made from `catalogue` (default: the parser's) in `lang`; messages
 * without an entry there are left as they are.
 */
export function localizeMessages(file: VFile, lang: MessageLang, catalogue: Catalogue = parserMessages as unknown as Catalogue): void {
  for (const message of file.messages) {
    const ref = messageRefOf(message)
    const text = ref ? formatMessage(catalogue, ref.key, ref.params, lang) : undefined
    if (!text) continue
    message.reason = text.reason
    message.message = text.reason
    message.note = text.hint
    const cause = message.cause
    if (text.related !== undefined && cause && typeof cause === 'object' && 'reason' in cause) {
      ;(cause as VFileMessage).reason = text.related
      ;(cause as VFileMessage).message = text.related
    }
    ;(message as LocalizableMessage).messageLang = lang
  }
}

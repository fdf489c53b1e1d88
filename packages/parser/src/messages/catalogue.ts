/** The languages every message of the catalogue is written in. */
export const messageLangs = ['en', 'zh-CN'] as const

/** A language of the message catalogue. */
export type MessageLang = (typeof messageLangs)[number]

/** A message in one language: the reason ("Unexpected X, expected Y"), the hint, and the text of a related place. */
export interface MessageText {
  reason: string
  hint: string
  /** Text of the related place (e.g. "First section 1.2 is here"), when the message has one. */
  related?: string
}

/** Values a message is filled with: plain data, so a message can be cached, sent to a worker and localized later. */
export type MessageParams = Record<string, string | number | boolean | readonly string[] | undefined>

/** One message of the catalogue, written in every catalogue language. */
export interface MessageEntry<P extends MessageParams = MessageParams> {
  en: (params: P) => MessageText
  'zh-CN': (params: P) => MessageText
  /** Values to show the message with, for tests and documentation. */
  example: P
}

/** Declares a catalogue entry; the parameter type comes from `en`. */
export function entry<P extends MessageParams>(value: {en: (params: P) => MessageText; 'zh-CN': (params: NoInfer<P>) => MessageText; example: NoInfer<P>}): MessageEntry<P> {
  return value
}

/** A catalogue: message keys (`ruleId` or `ruleId/variant`) to their texts. */
export type Catalogue = Record<string, MessageEntry<never>>

/** The rule id of a message key: the part before the first `/`. */
export function ruleIdOf(key: string): string {
  const slash = key.indexOf('/')
  return slash === -1 ? key : key.slice(0, slash)
}

/**
 * The catalogue language for a guide's `lang` (a BCP 47 tag): Chinese
 * tags (`zh`, `zh-CN`, `zh-Hans`, ...) get zh-CN, anything else English.
 */
export function resolveMessageLang(tag: string | undefined): MessageLang {
  if (tag === undefined) return 'en'
  const lower = tag.toLowerCase()
  return lower === 'zh' || lower.startsWith('zh-') ? 'zh-CN' : 'en'
}

/** Whether `value` names a catalogue language exactly (`en` or `zh-CN`). */
export function isMessageLang(value: string): value is MessageLang {
  return (messageLangs as readonly string[]).includes(value)
}

/** Fills the entry `key` of `catalogue` with `params` in `lang`; undefined for a key it lacks. */
export function formatMessage(catalogue: Catalogue, key: string, params: MessageParams, lang: MessageLang): MessageText | undefined {
  const found = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined
  return found ? (found[lang] as (params: MessageParams) => MessageText)(params) : undefined
}

/** `` `a`, `b`, `c` `` */
export function codeList(values: readonly string[], separator = ', '): string {
  return values.map((value) => `\`${value}\``).join(separator)
}

/** Chinese hints are shown after this label. */
export const zhHintLabel = '修改建议：'

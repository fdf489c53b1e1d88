import {localizeMessages, messageText, parserMessages, resolveMessageLang, ruleIdOf, setMessageRef, type Catalogue, type MessageLang, type MessageRef, type MessageText} from '@org/llm-interview-parser'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {siteMessages} from './catalogue.js'

/** The parser's messages and the site's: every message `check`, `build` and `dev` can print. */
export const allMessages = {...parserMessages, ...siteMessages} as unknown as Catalogue

/** A key of the site's catalogue. */
export type SiteMessageKey = keyof typeof siteMessages

type ParamsOf<K extends SiteMessageKey> = Parameters<(typeof siteMessages)[K]['en']>[0]

/** A problem found by the site, as text (English) and as its catalogue entry, at a place. */
export interface SiteProblem {
  line: number
  column: number
  ruleId: string
  reason: string
  hint: string
  ref: MessageRef
}

const fileStart = {line: 1, column: 1}

/** The site message `key` filled with `params`, at `place` (default: the file's start). */
export function siteProblem<K extends SiteMessageKey>(key: K, params: ParamsOf<K>, place: {line: number; column: number} = fileStart): SiteProblem {
  const text = (siteMessages[key].en as (p: ParamsOf<K>) => MessageText)(params)
  return {...place, ruleId: ruleIdOf(key), reason: text.reason, hint: text.hint, ref: {key, params: params as MessageRef['params']}}
}

/** Adds `problem` to `file` as a message (an error unless `fatal` is false) that keeps its catalogue entry. */
export function addProblem(file: VFile, problem: SiteProblem, options: {fatal?: boolean; place?: VFileMessage['place']} = {}): VFileMessage {
  const message = file.message(problem.reason, {place: options.place ?? {line: problem.line, column: problem.column}, ruleId: problem.ruleId, source: 'llm-interview'})
  message.fatal = options.fatal ?? true
  message.note = problem.hint
  setMessageRef(message, problem.ref)
  return message
}

/**
 * Writes the messages of every file in `lang`, or, without it, in the
 * language of the file's guide (its front matter `lang`: Chinese for
 * `zh*`, English otherwise and when the file has none).
 */
export function localizeFiles(files: readonly VFile[], lang: MessageLang | undefined): void {
  for (const file of files) localizeMessages(file, lang ?? resolveMessageLang(file.data.lang), allMessages)
}

/** The English text of a message, whatever language it is written in now. */
export function englishText(message: VFileMessage): MessageText {
  return messageText(message, 'en', allMessages)
}

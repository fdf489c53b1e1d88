import type {Guide} from '@org/llm-interview-schema'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {decode} from './decode.js'
import {firstLimitBreak} from './limits.js'
import {markdownProcessor, parseInParts} from './parse-in-parts.js'
import type {OutlineOptions} from './mdast-to-outline.js'
import {remarkOutline} from './plugin.js'
import {localizeMessages} from './localize.js'
import {resolveMessageLang, type MessageLang} from './messages/catalogue.js'
import {report, reportUnreported} from './report.js'

export interface ParseOptions extends OutlineOptions {
  /** File path shown in messages, e.g. `content/llm-interview/guide.md`. */
  path?: string
  /**
   * Parse the source in pieces cut at headings (default) so the cost stays
   * linear in the size of the guide; `false` parses the source as one
   * document. The results are the same; this exists for tests and benchmarks.
   */
  split?: boolean
  /**
   * Reuse the syntax trees of parts unchanged since a recent call (default
   * false): for long-running processes that re-parse edited guides, such as
   * the live preview. The result is the same.
   */
  incremental?: boolean
  /**
   * The language of the messages: `en` (default), `zh-CN`, or `guide` for
   * the guide's own front matter `lang` (Chinese for `zh*`, else English).
   * Every message keeps its catalogue entry, so `localizeMessages` can
   * write it again in another language.
   */
  lang?: MessageLang | 'guide'
}

export interface ParseResult {
  /** The validated guide; undefined when any message is an error. */
  guide: Guide | undefined
  /** Every finding, errors (`fatal: true`) and warnings, in source order. */
  messages: VFileMessage[]
  /** The file the messages belong to, for `vfile-reporter`. */
  file: VFile
}


/**
 * Parses a guide's Markdown (text or bytes) into a validated guide. Never
 * throws: every problem, including unreadable input, is a positioned message.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const file = new VFile({path: options.path})
  try {
    const decoded = decode(input)
    if (!decoded.ok) {
      report(file, {message: decoded.message, place: {line: decoded.line, column: decoded.column}})
    } else if (decoded.text.trim() === '') {
      report(file, {
        message: 'empty-file',
        place: {line: 1, column: 1}
      })
    } else {
      const broken = firstLimitBreak(decoded.text)
      if (broken) {
        report(file, {...broken.finding, place: {line: broken.line, column: broken.column}})
        return finish(file, options.lang)
      }
      file.value = decoded.text
      const tree = options.split === false ? markdownProcessor.parse(file) : parseInParts(decoded.text, options.incremental === true)
      unified().use(remarkOutline, {version: options.version, linkExists: options.linkExists}).runSync(tree, file)
    }
  } catch (error) {
    report(file, {
      message: 'internal-error',
      params: {error: error instanceof Error ? error.message : String(error)},
      place: {line: 1, column: 1}
    })
  }
  return finish(file, options.lang)
}

/** The result, with messages in source order and in the language asked for. */
function finish(file: VFile, lang: ParseOptions['lang'] = 'en'): ParseResult {
  reportUnreported(file)
  const messageLang = lang === 'guide' ? resolveMessageLang(file.data.lang) : lang
  if (messageLang !== 'en') localizeMessages(file, messageLang)
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {guide: file.data.guide, messages: file.messages, file}
}

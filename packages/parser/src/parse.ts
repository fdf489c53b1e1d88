import type {Guide} from '@org/llm-interview-schema'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {decode} from './decode.js'
import {firstLimitBreak} from './limits.js'
import {markdownProcessor, parseInParts} from './parse-in-parts.js'
import type {OutlineOptions} from './mdast-to-outline.js'
import {remarkOutline} from './plugin.js'
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
      report(file, {ruleId: decoded.ruleId, reason: decoded.reason, hint: decoded.hint, place: {line: decoded.line, column: decoded.column}})
    } else if (decoded.text.trim() === '') {
      report(file, {
        ruleId: 'empty-file',
        reason: 'Unexpected empty file, expected a guide',
        hint: 'Write the front matter, the `#` title and the parts, or delete the file.',
        place: {line: 1, column: 1}
      })
    } else {
      const broken = firstLimitBreak(decoded.text)
      if (broken) {
        report(file, {ruleId: broken.ruleId, reason: broken.reason, hint: broken.hint, place: {line: broken.line, column: broken.column}})
        return finish(file)
      }
      file.value = decoded.text
      const tree = options.split === false ? markdownProcessor.parse(file) : parseInParts(decoded.text, options.incremental === true)
      unified().use(remarkOutline, {version: options.version, linkExists: options.linkExists}).runSync(tree, file)
    }
  } catch (error) {
    report(file, {
      ruleId: 'internal-error',
      reason: `Unexpected failure of the parser (${error instanceof Error ? error.message : String(error)}), expected a result`,
      hint: 'This is a bug in the parser, not in the guide: please report it with the file.',
      place: {line: 1, column: 1}
    })
  }
  return finish(file)
}

/** The result, with messages in source order. */
function finish(file: VFile): ParseResult {
  reportUnreported(file)
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {guide: file.data.guide, messages: file.messages, file}
}

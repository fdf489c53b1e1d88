import {formatMarkdown} from './markdown.js'
import {formatText} from './text.js'
import type {GuideDiff} from './types.js'
import {diffView} from './view.js'

/** Output formats of `formatDiff`. */
export type DiffFormat = 'text' | 'md' | 'json'

/**
 * A diff for people or programs: `text` for a terminal and `md` for a pull
 * request summary (both in zh-CN), `json` as the diff data itself. No
 * trailing newline.
 */
export function formatDiff(diff: GuideDiff, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(diff, null, 2)
    case 'text':
      return formatText(diffView(diff))
    case 'md':
      return formatMarkdown(diffView(diff))
    default:
      throw new TypeError(`Unknown diff format \`${String(format satisfies never)}\`, expected text, md or json`)
  }
}

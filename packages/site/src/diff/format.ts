import {formatMarkdown} from './markdown.js'
import {formatText} from './text.js'
import type {GuideDiff} from './types.js'
import {diffView} from './view.js'

/** Output formats of `formatDiff`. */
export type DiffFormat = 'text' | 'md' | 'json'

/**
 * A diff for people or programs: `text` for a terminal and `md` for a pull
 * request summary (both in the strings of `lang`, the guide's language), `json` as the diff data itself. No
 * trailing newline. `guideTitle`, when given, leads the headline (for
 * output about several guides).
 */
export function formatDiff(diff: GuideDiff, format: DiffFormat, guideTitle?: string, lang = 'zh-CN'): string {
  const view = () => {
    const v = diffView(diff, lang)
    return guideTitle === undefined ? v : {...v, title: `${guideTitle} · ${v.title}`}
  }
  switch (format) {
    case 'json':
      return JSON.stringify(diff, null, 2)
    case 'text':
      return formatText(view())
    case 'md':
      return formatMarkdown(view())
    default:
      throw new TypeError(`Unknown diff format \`${String(format satisfies never)}\`, expected text, md or json`)
  }
}

import type {Heading, Html} from 'mdast'
import type {Point} from 'unist'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {reportInlineHtml} from '../inlines.js'
import {report} from '../report.js'
import {walk} from '../walk.js'

/** A heading's plain text and a way to point at a character in it. */
export interface HeadingText {
  text: string
  node: Heading
  /** The source point of the character at `index` in `text`. */
  pointAt(index: number): Point | undefined
}

/**
 * The plain text of a heading. Formatting in headings is not kept by the
 * model, so it is reported (as a warning) rather than dropped silently.
 */
export function headingText(node: Heading, file: VFile): HeadingText {
  const text = toString(node)
  // Raw HTML is an error wherever it is; other markup only loses its formatting.
  walk(node, (found) => {
    if (found.type === 'html') reportInlineHtml(found as Html, file)
  })
  if (node.children.some((child) => child.type !== 'text' && child.type !== 'html')) {
    report(file, {
      ruleId: 'heading-formatting',
      severity: 'warning',
      reason: 'Unexpected formatting in a heading, expected plain text',
      hint: 'Headings are shown as plain text: remove the `**`, `*` or backticks.',
      place: node.position
    })
  }
  const first = node.children[0]?.position?.start
  const leading = text.length - text.trimStart().length
  return {
    text: text.trim(),
    node,
    pointAt(index) {
      if (!first || node.position?.start.line !== node.position?.end.line) return node.position?.start
      return {line: first.line, column: first.column + leading + index}
    }
  }
}

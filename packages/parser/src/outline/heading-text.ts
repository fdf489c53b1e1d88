import {unsafeScheme} from '@org/llm-interview-schema'
import type {Heading, PhrasingContent} from 'mdast'
import type {Point} from 'unist'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {toInlines} from '../inlines.js'
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
 * model, so it is reported (as a warning) rather than dropped silently; raw
 * HTML and unsafe links are errors, as in any other text. A link is an
 * error, unless the caller keeps it (`keepsLinks`: part, section and group
 * headings keep their inlines when they hold a link).
 */
export function headingText(node: Heading, file: VFile, keepsLinks = false): HeadingText {
  const text = toString(node)
  const linked = hasLink(node)
  // A heading that keeps its links has its inlines built by `toInlines`, which reports these itself.
  if (!(linked && keepsLinks)) reportUnsafe(node.children, file)
  if (linked && !keepsLinks) {
    report(file, {
      message: 'heading-link',
      place: node.position
    })
  } else if (!linked && node.children.some((child) => child.type !== 'text' && child.type !== 'html')) {
    report(file, {
      message: 'heading-formatting',
      severity: 'warning',
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

/** Reports raw HTML and links with unsafe URLs, wherever they are nested, exactly as in items. */
function reportUnsafe(nodes: readonly PhrasingContent[], file: VFile): void {
  for (const node of nodes) {
    if (node.type === 'html' || (node.type === 'link' && unsafeScheme(node.url) !== undefined)) toInlines([node], file)
    else if ('children' in node) reportUnsafe(node.children, file)
  }
}

/** Whether a heading holds a link. */
export function hasLink(node: Heading): boolean {
  let found = false
  walk(node, (child) => {
    if (child.type === 'link') found = true
  })
  return found
}

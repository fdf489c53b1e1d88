import type {Inline} from '@org/llm-interview-schema'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {toInlines} from '../inlines.js'
import {inlineText} from '../lead.js'
import {hasLink, type HeadingText} from './heading-text.js'

/**
 * The inlines of a title that is the part of `heading.text` starting at
 * `start` (after an ordinal or a section number) and as long as `title`
 * (before a duration), when the heading holds a link; undefined otherwise,
 * since a plain title needs no inlines.
 */
export function titleInlinesOf(heading: HeadingText, start: number, title: string, file: VFile): Inline[] | undefined {
  if (!hasLink(heading.node)) return undefined
  const raw = toString(heading.node)
  const from = raw.length - raw.trimStart().length + start
  const inlines = sliceInlines(toInlines(heading.node.children, file), from, from + title.length)
  return inlines.length > 0 ? inlines : undefined
}

/** `{titleInlines}` when there are any, to spread into a part, section or group. */
export function withInlines(inlines: Inline[] | undefined): {titleInlines?: Inline[]} {
  return inlines ? {titleInlines: inlines} : {}
}

/** The inline content between two offsets of its plain text, formatting kept. */
export function sliceInlines(inlines: readonly Inline[], from: number, to: number): Inline[] {
  const result: Inline[] = []
  let offset = 0
  for (const node of inlines) {
    const start = offset
    const length = inlineText([node]).length
    offset += length
    const inside = length === 0 ? start >= from && start < to : start < to && start + length > from
    if (!inside) continue
    if (node.type === 'text' || node.type === 'inlineCode') {
      const value = node.value.slice(Math.max(0, from - start), Math.max(0, to - start))
      if (value !== '') result.push({...node, value})
    } else if (node.type === 'break') {
      result.push(node)
    } else {
      const children = sliceInlines(node.children, from - start, to - start)
      if (children.length > 0) result.push({...node, children})
    }
  }
  return result
}

import type {RichText} from '@org/llm-interview-schema'
import type {Paragraph} from 'mdast'
import type {VFile} from 'vfile'
import {toInlines} from '../inlines.js'
import {inlineText} from '../lead.js'
import {toPosition} from '../position.js'

/** A Markdown paragraph as rich text. */
export function paragraphToRichText(paragraph: Paragraph, file: VFile): RichText {
  const inlines = toInlines(paragraph.children, file)
  return {inlines, text: inlineText(inlines), position: toPosition(paragraph.position)}
}

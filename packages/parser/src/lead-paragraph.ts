import type {Item} from '@org/llm-interview-schema'
import type {Paragraph, RootContent} from 'mdast'
import type {Position as UnistPosition} from 'unist'
import type {VFile} from 'vfile'
import {toInlines} from './inlines.js'
import {codeOf, itemKind, listToItems} from './items.js'
import {inlineText, splitLead} from './lead.js'
import {toPosition} from './position.js'

/** The node when it is a paragraph that starts with bold text: `**场景1：** ...` or `**题目1：实现缓存**`. */
export function leadParagraphOf(node: RootContent): Paragraph | undefined {
  return node.type === 'paragraph' && node.children[0]?.type === 'strong' ? node : undefined
}

/**
 * A bold lead-in paragraph standing in a group, as an item: its bold text is
 * the `lead` (without a trailing colon), and the lists and the code block
 * that follow it become its children (see `attachToLead`).
 */
export function leadParagraphToItem(paragraph: Paragraph, id: string, file: VFile): Item {
  const inlines = toInlines(paragraph.children, file)
  const text = inlineText(inlines)
  const first = inlines[0]
  const bold = first && 'children' in first ? inlineText(first.children).replace(/\s*[:：]\s*$/, '').trim() : ''
  const lead = splitLead(inlines)?.lead ?? bold
  const item: Item = {id, kind: itemKind(undefined, text), inlines, text, ordered: false, items: [], position: toPosition(paragraph.position)}
  if (lead !== '') item.lead = lead
  return item
}

/**
 * Makes a list or a code block that follows a lead-in paragraph part of its
 * item: lists become nested items, the first code block its code. False
 * when the node does not belong to the item (then the item is complete).
 */
export function attachToLead(item: Item, node: RootContent, file: VFile): boolean {
  if (node.type === 'list') {
    item.items.push(...listToItems(node, item.id, file, item.items.length + 1, 1))
  } else if (node.type === 'code' && !item.code) {
    item.code = codeOf(node)
    item.kind = itemKind(item.code, item.text)
  } else {
    return false
  }
  item.position = extend(item.position, node.position)
  return true
}

function extend(position: Item['position'], to: UnistPosition | undefined): Item['position'] {
  if (!position || !to) return position
  return {start: position.start, end: {line: to.end.line, column: to.end.column}}
}

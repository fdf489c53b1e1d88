import type {Group, Item} from '@org/llm-interview-schema'
import type {RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {codeToItem, listToItems} from '../items.js'
import {attachToLead, leadParagraphOf, leadParagraphToItem} from '../lead-paragraph.js'
import {toPosition} from '../position.js'
import {reportUnexpected} from '../unexpected.js'

/** Where a run of items sits, for messages about what it holds besides items. */
export interface ItemsWhere {
  where: 'group' | 'criterion' | 'references' | 'section'
  title?: string
}
import type {Block} from './blocks.js'
import {headingText} from './heading-text.js'
import {titleInlinesOf, withInlines} from './heading-title.js'

/**
 * Items from a group's content: lists become items, a code block on its own
 * becomes a code-reading question, and a bold lead-in paragraph becomes an
 * item that takes the lists and the code block after it as its children.
 * Anything else is reported.
 */
export function contentToItems(nodes: RootContent[], groupId: string, file: VFile, where: ItemsWhere): Item[] {
  const items: Item[] = []
  let lead: Item | undefined
  for (const node of nodes) {
    if (lead && attachToLead(lead, node, file)) continue
    const paragraph = leadParagraphOf(node)
    lead = paragraph ? leadParagraphToItem(paragraph, `${groupId}-${items.length + 1}`, file) : undefined
    if (lead) items.push(lead)
    else if (node.type === 'list') items.push(...listToItems(node, groupId, file, items.length + 1))
    else if (node.type === 'code') items.push(codeToItem(node, `${groupId}-${items.length + 1}`))
    else
      reportUnexpected(node, file, 'items', where)
  }
  return items
}

/** A `###` or `####` block of list items as a titled group. */
export function blockToGroup(block: Block, id: string, file: VFile): Group {
  const heading = headingText(block.heading, file, true)
  const title = heading.text
  return {
    id,
    title,
    ...withInlines(titleInlinesOf(heading, 0, title, file)),
    items: contentToItems(block.children, id, file, {where: 'group', title}),
    position: toPosition(block.heading.position)
  }
}

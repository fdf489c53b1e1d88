import type {Group, Item} from '@org/llm-interview-schema'
import type {RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {codeToItem, listToItems} from '../items.js'
import {toPosition} from '../position.js'
import {reportUnexpected} from '../unexpected.js'
import type {Block} from './blocks.js'
import {headingText} from './heading-text.js'

/**
 * Items from a group's content: lists become items, a code block on its own
 * becomes a code-reading question; anything else is reported.
 */
export function contentToItems(nodes: RootContent[], groupId: string, file: VFile, where: string): Item[] {
  const items: Item[] = []
  for (const node of nodes) {
    if (node.type === 'list') items.push(...listToItems(node, groupId, file, items.length + 1))
    else if (node.type === 'code') items.push(codeToItem(node, `${groupId}-${items.length + 1}`))
    else
      reportUnexpected(
        node,
        file,
        `${where}, expected a list (\`- ...\`) or a code block`,
        node.type === 'paragraph'
          ? 'Make the text a list item by starting the line with `- `.'
          : node.type === 'heading'
            ? 'Headings go at most four levels deep (`####` groups a section\'s topics); use a nested list instead.'
            : undefined
      )
  }
  return items
}

/** A `###` or `####` block of list items as a titled group. */
export function blockToGroup(block: Block, id: string, file: VFile): Group {
  const title = headingText(block.heading, file).text
  return {
    id,
    title,
    items: contentToItems(block.children, id, file, `under \`${title}\``),
    position: toPosition(block.heading.position)
  }
}

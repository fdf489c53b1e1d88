import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {reportUnexpected} from '../unexpected.js'

/** A heading and the content up to the next heading of the same or a higher level. */
export interface Block {
  heading: Heading
  children: RootContent[]
}

/** The document cut into its title, its `##` blocks and its closing note. */
export interface Blocks {
  title: Heading | undefined
  blocks: Block[]
  closing: Paragraph[]
}

/**
 * Cuts the document body (front matter removed) at its `#` and `##`
 * headings. Rules (`---`) only separate blocks; the paragraphs after the last
 * rule of the document form the closing note. Content before the title, a
 * second title, and content between the title and the first `##` are
 * reported.
 */
export function splitBlocks(nodes: RootContent[], file: VFile): Blocks {
  const closing = takeClosing(nodes)
  const result: Blocks = {title: undefined, blocks: [], closing}
  let current: Block | undefined
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) {
      if (result.title) reportUnexpected(node, file, 'second-title')
      else if (result.blocks.length > 0) reportUnexpected(node, file, 'title-late')
      else result.title = node
      continue
    }
    if (node.type === 'heading' && node.depth === 2) {
      current = {heading: node, children: []}
      result.blocks.push(current)
      continue
    }
    if (node.type === 'thematicBreak') continue
    if (current) current.children.push(node)
    else if (result.title) reportUnexpected(node, file, 'before-first-block')
    else reportUnexpected(node, file, 'before-title')
  }
  return result
}

/**
 * Removes and returns the trailing paragraphs after the last rule, when that
 * rule is followed by nothing but paragraphs.
 */
function takeClosing(nodes: RootContent[]): Paragraph[] {
  let index = nodes.length
  while (index > 0 && nodes[index - 1]!.type === 'paragraph') index--
  if (index === nodes.length || index === 0 || nodes[index - 1]!.type !== 'thematicBreak') return []
  return nodes.splice(index) as Paragraph[]
}

/** Cuts a block's children at headings of `depth`; content before the first is returned apart. */
export function splitAt(children: RootContent[], depth: number): {before: RootContent[]; blocks: Block[]} {
  const before: RootContent[] = []
  const blocks: Block[] = []
  for (const node of children) {
    if (node.type === 'heading' && node.depth === depth) blocks.push({heading: node, children: []})
    else if (node.type === 'thematicBreak') continue
    else if (blocks.length > 0) blocks[blocks.length - 1]!.children.push(node)
    else before.push(node)
  }
  return {before, blocks}
}

import type {List, ListItem, Node, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {walk} from '../walk.js'
import {splitAt, type Block} from './blocks.js'
import {isRubric} from './appendix.js'

/** The `##` blocks after the parts, by what they are. */
export interface Appendix {
  rubric?: Block
  advice?: Block
  /** The advice's `###` block listing the candidate levels, when it has one. */
  levels?: Block
  references?: Block
  /** Blocks that are none of these (reported by the caller). */
  extra: Block[]
}

/**
 * Classifies the blocks after the last part by their structure alone, never
 * by the front matter or by their titles' words:
 *
 * - the rubric is the first block with a `### 标准 (N%)` criterion;
 * - the advice is the first other block with a level list (a `###` holding
 *   only a list of two or more `- **标签：** 说明` items without links);
 * - the references are the first other block where at least half of the
 *   list items hold a link;
 * - what remains is matched in the template's order (advice before
 *   references), and a block left over is extra.
 */
export function classifyAppendix(blocks: readonly Block[]): Appendix {
  const result: Appendix = {extra: []}
  result.rubric = blocks.find(isRubric)
  const rest = blocks.filter((block) => block !== result.rubric)
  for (const block of rest) {
    const levels = findLevelList(block)
    if (levels) {
      result.advice = block
      result.levels = levels
      break
    }
  }
  result.references = rest.find((block) => block !== result.advice && hasLinks(block))
  const open = rest.filter((block) => block !== result.advice && block !== result.references)
  if (!result.advice && !result.references) {
    if (open.length >= 2) result.advice = open.shift()
    result.references = open.shift()
  } else if (!result.references) {
    const after = open.findIndex((block) => rest.indexOf(block) > rest.indexOf(result.advice!))
    if (after !== -1) result.references = open.splice(after, 1)[0]
  } else if (!result.advice) {
    const before = open.findIndex((block) => rest.indexOf(block) < rest.indexOf(result.references!))
    if (before !== -1) result.advice = open.splice(before, 1)[0]
  }
  result.extra = open
  return result
}

/** The first `###` block of `block` that lists candidate levels, by its structure. */
export function findLevelList(block: Block): Block | undefined {
  return splitAt(block.children, 3).blocks.find((sub) => {
    const content = sub.children.filter((node) => node.type !== 'thematicBreak')
    const [list] = content
    return content.length === 1 && list?.type === 'list' && isLevelList(list)
  })
}

function isLevelList(list: List): boolean {
  if (list.children.length < 2) return false
  const labels = new Set<string>()
  for (const item of list.children) {
    const label = levelLabelOf(item)
    if (label === undefined || labels.has(label)) return false
    labels.add(label)
  }
  return true
}

/**
 * The label of a `- **标签：** 说明` item: a bold lead-in ending in a colon
 * (inside or right after the bold), followed by text, with no link.
 */
function levelLabelOf(item: ListItem): string | undefined {
  const [paragraph] = item.children
  if (paragraph?.type !== 'paragraph' || hasLink(paragraph)) return undefined
  const [first, ...after] = paragraph.children
  if (first?.type !== 'strong') return undefined
  const bold = toString(first)
  const restText = after.map((node) => toString(node)).join('')
  const colonInside = /[:：]\s*$/.test(bold)
  const colonAfter = /^\s*[:：]/.test(restText)
  if (!colonInside && !colonAfter) return undefined
  const label = bold.replace(/\s*[:：]\s*$/, '').trim()
  const focus = restText.replace(/^\s*[:：]/, '').trim()
  return label !== '' && focus !== '' ? label : undefined
}

/** Whether at least half of the block's list items hold a link: a list of references. */
function hasLinks(block: Block): boolean {
  let items = 0
  let linked = 0
  for (const node of block.children) {
    walk(node, (child) => {
      if (child.type !== 'listItem') return
      items++
      const [first] = (child as ListItem).children
      if (first?.type === 'paragraph' && hasLink(first)) linked++
    })
  }
  return items > 0 && linked * 2 >= items
}

function hasLink(node: RootContent | Node): boolean {
  let found = false
  walk(node, (child) => {
    if (child.type === 'link' || child.type === 'linkReference') found = true
  })
  return found
}

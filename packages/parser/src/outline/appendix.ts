import type {Criterion, Group, Heading as HeadingModel, LevelListEntry, Overview, RichText} from '@org/llm-interview-schema'
import type {Heading} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {listToItems} from '../items.js'
import {inlineText, splitLead} from '../lead.js'
import {toPosition} from '../position.js'
import {report} from '../report.js'
import {reportUnexpected} from '../unexpected.js'
import {splitAt, type Block} from './blocks.js'
import {blockToGroup, contentToItems} from './groups.js'
import {headingText} from './heading-text.js'
import {splitWeight} from './heading-parts.js'
import {paragraphToRichText} from './rich-text.js'

/** The `##` block before the first part: paragraphs of introduction. */
export function blockToOverview(block: Block, file: VFile): Overview {
  const paragraphs: RichText[] = []
  for (const node of block.children) {
    if (node.type === 'paragraph') paragraphs.push(paragraphToRichText(node, file))
    else reportUnexpected(node, file, 'in-overview')
  }
  return {title: headingText(block.heading, file).text, paragraphs, position: toPosition(block.heading.position)}
}

/** Whether a `##` block is a rubric: one of its `###` headings carries a weight. */
export function isRubric(block: Block): boolean {
  return splitAt(block.children, 3).blocks.some((b) => splitWeight(toString(b.heading).trim()))
}

/** The rubric criteria of a `##` block whose `###` headings end in `(N%)`. */
export function blockToRubric(block: Block, file: VFile): Criterion[] {
  const {before, blocks} = splitAt(block.children, 3)
  for (const node of before) reportUnexpected(node, file, 'before-first-criterion')
  const criteria: Criterion[] = []
  for (const criterionBlock of blocks) {
    const heading = headingText(criterionBlock.heading, file)
    const split = splitWeight(heading.text)
    if (!split) {
      report(file, {
        message: 'rubric-weight/missing',
        params: {title: heading.text},
        place: criterionBlock.heading.position
      })
      continue
    }
    const id = `rubric-${criteria.length + 1}`
    criteria.push({
      id,
      title: split.title,
      weight: split.weight,
      points: contentToItems(criterionBlock.children, id, file, {where: 'criterion', title: split.title}),
      position: toPosition(criterionBlock.heading.position)
    })
  }
  return criteria
}

/** A level's focus statement found in the body, by its label. */
export type LevelFocus = LevelListEntry

/**
 * The advice block: per-level focus statements (from `levelsBlock`, the
 * level list found by its structure) and interview tips (its other `###`
 * blocks).
 */
export function blockToAdvice(
  block: Block,
  levelsBlock: Block | undefined,
  file: VFile
): {focus: LevelFocus[]; tips: Group[]; levelsHeading: HeadingModel | undefined} {
  const {before, blocks} = splitAt(block.children, 3)
  for (const node of before) reportUnexpected(node, file, 'before-advice-heading')
  const focus: LevelFocus[] = []
  const tips: Group[] = []
  for (const sub of blocks) {
    if (sub.heading !== levelsBlock?.heading) {
      tips.push(blockToGroup(sub, `tips-${tips.length + 1}`, file))
      continue
    }
    for (const node of sub.children) {
      if (node.type !== 'list') continue
      for (const item of listToItems(node, 'level', file)) {
        const split = splitLead(item.inlines)
        if (split) focus.push({label: split.lead, focus: {inlines: split.rest, text: inlineText(split.rest).trim(), position: item.position}})
        for (const extra of [...item.items, ...(item.code ? [item] : [])]) {
          report(file, {
            message: 'unexpected-content/level-list-extra',
            params: {code: extra === item},
            place: extra.position
          })
        }
      }
    }
  }
  const levelsHeading = levelsBlock ? headingOf(levelsBlock.heading, file) : undefined
  return {focus, tips, levelsHeading}
}

/** References: `###` categories of list items. */
export function blockToReferences(block: Block, file: VFile): Group[] {
  const {before, blocks} = splitAt(block.children, 3)
  const groups: Group[] = []
  const loose = contentToItems(before, 'references-0', file, {where: 'references'})
  if (loose.length > 0) groups.push({id: 'references-0', items: loose, position: loose[0]!.position})
  blocks.forEach((sub, index) => groups.push(blockToGroup(sub, `references-${index + 1}`, file)))
  return groups
}

/** The model's heading for a `##` block. */
export function headingOf(node: Heading, file: VFile): HeadingModel {
  return {title: headingText(node, file).text, position: toPosition(node.position)}
}

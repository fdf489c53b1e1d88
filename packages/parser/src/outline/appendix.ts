import type {Criterion, Group, Heading as HeadingModel, Overview, RichText} from '@org/llm-interview-schema'
import type {Heading, List} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import type {LevelDeclaration} from '../front-matter.js'
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
    else reportUnexpected(node, file, 'in the overview, expected paragraphs', 'Keep the overview to paragraphs; topics and questions belong in a part\'s sections.')
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
  for (const node of before) reportUnexpected(node, file, 'before the first rubric criterion, expected `### 标准 (N%)`')
  const criteria: Criterion[] = []
  for (const criterionBlock of blocks) {
    const heading = headingText(criterionBlock.heading, file)
    const split = splitWeight(heading.text)
    if (!split) {
      report(file, {
        ruleId: 'rubric-weight',
        reason: `Unexpected rubric criterion \`${heading.text}\` without a weight, expected \`### ${heading.text} (N%)\``,
        hint: 'Give every criterion its share of the score in percent; the shares add up to 100%.',
        place: criterionBlock.heading.position
      })
      continue
    }
    const id = `rubric-${criteria.length + 1}`
    criteria.push({
      id,
      title: split.title,
      weight: split.weight,
      points: contentToItems(criterionBlock.children, id, file, `under criterion \`${split.title}\``),
      position: toPosition(criterionBlock.heading.position)
    })
  }
  return criteria
}

/** A level's focus statement found in the body, by its label. */
export interface LevelFocus {
  label: string
  focus: RichText
}

/** The `###` block listing the levels, found by the labels the front matter declares. */
export function findLevelsBlock(block: Block, levels: readonly LevelDeclaration[]): Block | undefined {
  const labels = new Set(levels.map((level) => level.label))
  if (labels.size === 0) return undefined
  return splitAt(block.children, 3).blocks.find((b) =>
    b.children.some((node) => node.type === 'list' && node.children.some((item) => labels.has(leadOf(item) ?? '')))
  )
}

/** The advice block: per-level focus statements and interview tips. */
export function blockToAdvice(
  block: Block,
  levelsBlock: Block,
  levels: readonly LevelDeclaration[],
  file: VFile
): {focus: LevelFocus[]; tips: Group[]; levelsHeading: HeadingModel} {
  const {before, blocks} = splitAt(block.children, 3)
  for (const node of before) reportUnexpected(node, file, 'before the first `###` of the advice, expected a `###` heading')
  const labels = new Set(levels.map((level) => level.label))
  const focus: LevelFocus[] = []
  const tips: Group[] = []
  for (const sub of blocks) {
    if (sub.heading !== levelsBlock.heading) {
      tips.push(blockToGroup(sub, `tips-${tips.length + 1}`, file))
      continue
    }
    for (const node of sub.children) {
      if (node.type !== 'list') {
        reportUnexpected(node, file, 'among the levels, expected a list of `**级别：** 重点` items')
        continue
      }
      for (const item of listToItems(node, 'level', file)) {
        const split = splitLead(item.inlines)
        if (split && labels.has(split.lead)) {
          focus.push({label: split.lead, focus: {inlines: split.rest, text: inlineText(split.rest).trim(), position: item.position}})
        } else {
          report(file, {
            ruleId: 'level-plan',
            reason: `Unexpected level \`${item.lead ?? item.text}\` without a plan, expected one of ${[...labels].map((l) => `\`${l}\``).join(', ')}`,
            hint: 'Declare the level under `levels:` in the front matter, with `label` set to this bold text, or fix the label.',
            place: item.position
          })
        }
      }
    }
  }
  const heading = headingText(levelsBlock.heading, file)
  return {focus, tips, levelsHeading: {title: heading.text, position: toPosition(levelsBlock.heading.position)}}
}

/** References: `###` categories of list items. */
export function blockToReferences(block: Block, file: VFile): Group[] {
  const {before, blocks} = splitAt(block.children, 3)
  const groups: Group[] = []
  const loose = contentToItems(before, 'references-0', file, 'in the references before the first category')
  if (loose.length > 0) groups.push({id: 'references-0', items: loose, position: loose[0]!.position})
  blocks.forEach((sub, index) => groups.push(blockToGroup(sub, `references-${index + 1}`, file)))
  return groups
}

/** The model's heading for a `##` block. */
export function headingOf(node: Heading, file: VFile): HeadingModel {
  return {title: headingText(node, file).text, position: toPosition(node.position)}
}

function leadOf(item: List['children'][number]): string | undefined {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return undefined
  const first = paragraph.children[0]
  return first?.type === 'strong' ? toString(first).replace(/\s*[:：]\s*$/, '').trim() : undefined
}

import {schemaVersion, type Criterion, type Group, type GuideInput, type Overview, type Part} from '@org/llm-interview-schema'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {readFrontMatter, type FrontMatter} from './front-matter.js'
import {blockToAdvice, blockToOverview, blockToReferences, blockToRubric, headingOf, type LevelFocus} from './outline/appendix.js'
import {classifyAppendix} from './outline/classify.js'
import {splitBlocks, type Block} from './outline/blocks.js'
import {headingText} from './outline/heading-text.js'
import {hasDurationAttempt, splitOrdinal} from './outline/heading-parts.js'
import {blockToPart, type Numbering} from './outline/parts.js'
import {paragraphToRichText} from './outline/rich-text.js'
import {assignStableIds} from './outline/stable-ids.js'
import {toPosition} from './position.js'
import {report} from './report.js'
import {checkPartDurations, checkTotalDuration} from './rules/durations.js'
import {checkHeadingOrder} from './rules/heading-order.js'
import {checkRelativeLinks} from './rules/links.js'
import {checkLevelList} from './rules/level-list.js'
import {buildLevels} from './rules/levels.js'
import {checkRubricWeights} from './rules/rubric.js'
import {reportUnexpected} from './unexpected.js'

export interface OutlineOptions {
  /** Version the guide gets: a released semver or `next` (default). */
  version?: string
  /**
   * Says whether the target of a relative link exists; called with the
   * link's path as written, percent-decoded, without `?query` or
   * `#fragment` (`../notes/x.md`), relative to the guide file's folder.
   * When it returns false the link gets a warning (`link-target`). Without
   * it relative links are not checked. Links keep their URL as written.
   */
  linkExists?: (target: string) => boolean
}

/**
 * Turns a Markdown syntax tree into a guide (not yet validated by the schema),
 * reporting every problem on `file`. Never throws on any tree remark makes.
 */
export function mdastToOutline(tree: Root, file: VFile, options: OutlineOptions = {}): GuideInput {
  checkHeadingOrder(tree, file)
  checkRelativeLinks(tree, file, options.linkExists)
  const nodes = [...tree.children]
  const front = takeFrontMatter(nodes, file)
  file.data.frontMatterPlaces = front.places
  if (front.lang !== undefined) file.data.lang = front.lang
  const {title, blocks, closing} = splitBlocks(nodes, file)
  if (!title) {
    report(file, {
      message: 'title',
      place: nodes[0]?.position
    })
  }
  const isPart = (block: Block) => {
    const text = toString(block.heading).trim()
    return splitOrdinal(text) !== undefined || hasDurationAttempt(text)
  }
  const firstPart = blocks.findIndex(isPart)
  const lastPart = blocks.findLastIndex(isPart)
  const appendix = classifyAppendix(firstPart === -1 ? [] : blocks.slice(lastPart + 1))
  const numbering: Numbering = {parts: {places: new Map(), highest: 0}, sections: new Map()}
  let overview: Overview | undefined
  const parts: Part[] = []
  let rubric: Criterion[] = []
  let rubricBlock: Block | undefined
  let focus: LevelFocus[] = []
  let tips: Group[] = []
  let references: Group[] = []
  const headings: GuideInput['headings'] = {}
  blocks.forEach((block, index) => {
    if (firstPart === -1 || index < firstPart) {
      if (!overview) overview = blockToOverview(block, file)
      else reportUnexpected(block.heading, file, 'before-first-part')
    } else if (index <= lastPart) {
      const part = blockToPart(block, numbering, file)
      if (part) parts.push(part)
    } else if (block === appendix.rubric) {
      rubricBlock = block
      rubric = blockToRubric(block, file)
      headings.rubric = headingOf(block.heading, file)
    } else if (block === appendix.advice) {
      const advice = blockToAdvice(block, appendix.levels, file)
      focus = advice.focus
      tips = advice.tips
      headings.advice = headingOf(block.heading, file)
      if (advice.levelsHeading) headings.levels = advice.levelsHeading
    } else if (block === appendix.references) {
      references = blockToReferences(block, file)
      headings.references = headingOf(block.heading, file)
    } else {
      reportUnexpected(block.heading, file, 'after-parts')
    }
  })
  if (firstPart === -1) {
    report(file, {
      message: 'numbering/no-parts',
      place: title?.position
    })
  }
  // Totals and plans build on section numbers and minutes: when those are
  // broken, their checks would only repeat the same mistake.
  const crossCheck = !hasErrors(file, 'numbering') && !hasErrors(file, 'duration')
  if (crossCheck) checkPartDurations(parts, file)
  if (crossCheck && front.duration) checkTotalDuration(parts, front.duration, front.places.duration, file)
  checkRubricWeights(rubric, rubricBlock?.heading.position, file)
  checkLevelList(front, focus, headings.levels, !hasErrors(file, 'front-matter'), file)
  const levels = buildLevels(front.levels, focus, parts, crossCheck ? front.duration : undefined, file, crossCheck)
  assignStableIds({parts, rubric, tips, references})
  return {
    schemaVersion,
    id: front.id ?? '',
    version: options.version ?? 'next',
    title: title ? headingText(title, file).text : '',
    lang: front.lang ?? '',
    duration: front.duration ?? {min: 0, max: 0},
    overview,
    parts,
    rubric,
    levels,
    levelList: focus,
    tips,
    references,
    closing: closing.map((paragraph) => paragraphToRichText(paragraph, file)),
    headings,
    position: toPosition(title?.position)
  }
}

function hasErrors(file: VFile, ruleId: string): boolean {
  return file.messages.some((message) => message.fatal && message.ruleId === ruleId)
}

/** Reads and removes the front matter, reporting what the guide requires of it. */
function takeFrontMatter(nodes: Root['children'], file: VFile): FrontMatter {
  const first = nodes[0]
  let front: FrontMatter = {levels: [], places: {}}
  if (first?.type === 'yaml') {
    nodes.shift()
    front = readFrontMatter(first.value, (first.position?.start.line ?? 1) + 1, file)
  }
  for (const node of nodes) {
    if (node.type === 'yaml') reportUnexpected(node, file, 'front-matter-later')
  }
  if (first?.type !== 'yaml') {
    report(file, {
      message: 'front-matter/missing',
      place: {line: 1, column: 1}
    })
  }
  return front
}

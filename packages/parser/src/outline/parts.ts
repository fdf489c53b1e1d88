import type {Group, Part, RichText, Section} from '@org/llm-interview-schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {chineseNumber, chineseOrdinal, objectiveLabels} from '../conventions.js'
import {inlineText, splitLead} from '../lead.js'
import {toPosition} from '../position.js'
import {report} from '../report.js'
import {reportUnexpected} from '../unexpected.js'
import {splitAt, type Block} from './blocks.js'
import {blockToGroup, contentToItems} from './groups.js'
import {headingText} from './heading-text.js'
import {titleInlinesOf, withInlines} from './heading-title.js'
import {splitOrdinal, splitSectionNumber, takeDuration} from './heading-parts.js'
import {paragraphToRichText} from './rich-text.js'

/** Numbers already used, with their first places, and the highest of them. */
export interface Seen {
  places: Map<number, Position | undefined>
  highest: number
}

/** Numbers already used, to report duplicates with the first place. */
export interface Numbering {
  parts: Seen
  /** Section numbers used so far, by part number. */
  sections: Map<number, Seen>
}

/** Builds a part from its `##` block; undefined when its heading is not a part heading. */
export function blockToPart(block: Block, numbering: Numbering, file: VFile): Part | undefined {
  const heading = headingText(block.heading, file, true)
  const {rest, duration} = takeDuration(heading, 'part', file)
  const split = splitOrdinal(rest)
  const number = split ? chineseNumber(split.ordinal) : undefined
  if (!split || number === undefined) {
    report(file, {
      message: 'numbering/part-ordinal',
      params: {heading: heading.text, ordinal: chineseOrdinal(numbering.parts.places.size + 1)},
      place: block.heading.position
    })
    return undefined
  }
  checkSequence(numbering.parts, number, block.heading.position, file, {
    what: 'part',
    show: (n) => `${chineseOrdinal(n)} (${n})`
  })
  const {before, blocks} = splitAt(block.children, 3)
  for (const node of before) reportUnexpected(node, file, 'before-first-section')
  const part: Part = {
    id: `part-${number}`,
    number,
    ordinal: split.ordinal,
    title: split.title,
    ...withInlines(titleInlinesOf(heading, rest.length - split.title.length, split.title, file)),
    duration: duration ?? {min: 0, max: 0},
    sections: [],
    position: toPosition(block.heading.position)
  }
  for (const sectionBlock of blocks) {
    const section = blockToSection(sectionBlock, part, numbering, file)
    if (section) part.sections.push(section)
  }
  if (blocks.length === 0) {
    report(file, {
      message: 'empty-part',
      params: {heading: heading.text, number},
      place: block.heading.position
    })
  }
  return part
}

function blockToSection(block: Block, part: Part, numbering: Numbering, file: VFile): Section | undefined {
  const heading = headingText(block.heading, file, true)
  const {rest, duration} = takeDuration(heading, 'section', file)
  const split = splitSectionNumber(rest)
  if (!split) {
    report(file, {
      message: 'numbering/section-number',
      params: {heading: heading.text, expected: `${part.number}.${part.sections.length + 1}`},
      place: block.heading.position
    })
    return undefined
  }
  const id = `${split.part}.${split.number}`
  if (split.part !== part.number) {
    report(file, {
      message: 'numbering/section-part',
      params: {id, ordinal: part.ordinal, number: part.number, expected: `${part.number}.${part.sections.length + 1}`},
      place: block.heading.position
    })
  }
  let seen = numbering.sections.get(split.part)
  if (!seen) numbering.sections.set(split.part, (seen = {places: new Map(), highest: 0}))
  checkSequence(seen, split.number, block.heading.position, file, {what: 'section', show: (n) => `${split.part}.${n}`})
  const {before, blocks} = splitAt(block.children, 4)
  const {objective, loose} = takeObjective(before, file)
  if (!objective) {
    report(file, {
      message: 'objective',
      params: {id, label: objectiveLabels[0]},
      place: block.heading.position
    })
  }
  const groups: Group[] = []
  const untitled = contentToItems(loose, `${id}-g0`, file, {where: 'section', title: id})
  if (untitled.length > 0) groups.push({id: `${id}-g0`, items: untitled, position: untitled[0]!.position})
  blocks.forEach((groupBlock, index) => groups.push(blockToGroup(groupBlock, `${id}-g${index + 1}`, file)))
  return {
    id,
    number: split.number,
    title: split.title,
    ...withInlines(titleInlinesOf(heading, rest.length - split.title.length, split.title, file)),
    duration: duration ?? {min: 0, max: 0},
    objective: objective ?? {inlines: [], text: ''},
    groups,
    position: toPosition(block.heading.position)
  }
}

/** Takes the `**考核目标：** ...` paragraph from a section's opening content. */
function takeObjective(nodes: Block['children'], file: VFile): {objective: RichText | undefined; loose: Block['children']} {
  const loose: Block['children'] = []
  let objective: RichText | undefined
  for (const node of nodes) {
    if (node.type === 'paragraph' && !objective) {
      const paragraph = paragraphToRichText(node, file)
      const lead = splitLead(paragraph.inlines)
      if (lead && (objectiveLabels as readonly string[]).includes(lead.lead)) {
        objective = {inlines: lead.rest, text: inlineText(lead.rest).trim(), position: paragraph.position}
        continue
      }
    }
    loose.push(node)
  }
  return {objective, loose}
}

function checkSequence(
  seen: Seen,
  number: number,
  place: Position | undefined,
  file: VFile,
  naming: {what: string; show: (n: number) => string}
): void {
  const expected = seen.highest + 1
  if (seen.places.has(number)) {
    report(file, {
      message: 'numbering/duplicate',
      params: {what: naming.what, number: naming.show(number), expected: naming.show(expected)},
      place,
      related: {place: seen.places.get(number)}
    })
    return
  }
  if (number !== expected) {
    report(file, {
      message: 'numbering/sequence',
      params: {what: naming.what, number: naming.show(number), expected: naming.show(expected), first: naming.show(1)},
      place
    })
  }
  seen.places.set(number, place)
  seen.highest = Math.max(seen.highest, number)
}

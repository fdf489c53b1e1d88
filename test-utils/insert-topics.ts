import type {Guide, Item, Section} from '@org/llm-interview-schema'

/** The two lines `insertQuestionAndGroup` adds, as the parser reads them back. */
export const insertedTexts = ['插入的问题：这一条为什么成立？', '插入分组里的话题'] as const

/**
 * `markdown` (the source of `guide`) with a question inserted at the top of
 * the first titled group of the first section that has one, and a new group
 * of one topic inserted before the first titled group of the last such
 * section: the edit that renumbered every item after it when IDs were
 * positional. Works on any guide in the template from the positions the
 * parser gave; throws when the guide has no titled group.
 */
export function insertQuestionAndGroup(markdown: string, guide: Guide): string {
  const sections = guide.parts.flatMap((part) => part.sections).filter((section) => firstTitledLine(section) !== undefined)
  if (sections.length === 0) throw new Error(`Guide \`${guide.id}\` has no titled group to insert into`)
  const questionAfter = firstTitledLine(sections[0]!)!
  const groupBefore = firstTitledLine(sections.at(-1)!)!
  const lines = markdown.split('\n')
  const question = () => lines.splice(questionAfter, 0, `- ${insertedTexts[0]}`, '')
  const group = () => lines.splice(groupBefore - 1, 0, '#### 插入的分组', '', `- ${insertedTexts[1]}`, '')
  // The later line first, so the earlier line number stays right.
  for (const insert of questionAfter >= groupBefore ? [question, group] : [group, question]) insert()
  return lines.join('\n')
}

function firstTitledLine(section: Section): number | undefined {
  return section.groups.find((group) => group.title !== undefined && group.position)?.position?.start.line
}

/**
 * Every item of a guide's sections by what identifies it to a reader: its
 * section, and its text (or code) with its parents' texts.
 */
export function itemsByContent(guide: Guide): Map<string, string> {
  const ids = new Map<string, string>()
  const visit = (item: Item, path: string[]): void => {
    const own = [...path, item.text || item.code?.value || '']
    const key = own.join('\u0000')
    // Equal texts in one place are told apart by their order.
    let unique = key
    for (let n = 2; ids.has(unique); n++) unique = `${key}\u0000#${n}`
    ids.set(unique, item.id)
    for (const child of item.items) visit(child, own)
  }
  for (const part of guide.parts) {
    for (const section of part.sections) {
      for (const group of section.groups) for (const item of group.items) visit(item, [section.id])
    }
  }
  return ids
}

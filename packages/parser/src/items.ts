import type {Item} from '@org/llm-interview-schema'
import type {Code, List, ListItem} from 'mdast'
import type {VFile} from 'vfile'
import {toInlines} from './inlines.js'
import {inlineText, splitLead} from './lead.js'
import {toPosition} from './position.js'
import {limits} from './limits.js'
import {report} from './report.js'
import {reportUnexpected} from './unexpected.js'

/** Converts a Markdown list to items with IDs `<parentId>-<n>`, counting from `start`. */
export function listToItems(list: List, parentId: string, file: VFile, start = 1, depth = 0): Item[] {
  return list.children.map((listItem, index) =>
    listItemToItem(listItem, `${parentId}-${start + index}`, Boolean(list.ordered), file, depth)
  )
}

/** A fenced code block standing alone in a group: a code-reading question. */
export function codeToItem(code: Code, id: string): Item {
  return {
    id,
    kind: 'code',
    inlines: [],
    text: '',
    ordered: false,
    code: codeOf(code),
    items: [],
    position: toPosition(code.position)
  }
}

function listItemToItem(listItem: ListItem, id: string, ordered: boolean, file: VFile, depth: number): Item {
  const item: Item = {id, kind: 'topic', inlines: [], text: '', ordered, items: [], position: toPosition(listItem.position)}
  let seenParagraph = false
  for (const child of listItem.children) {
    if (child.type === 'paragraph' && !seenParagraph && item.items.length === 0 && !item.code) {
      seenParagraph = true
      item.inlines = toInlines(child.children, file)
      item.text = inlineText(item.inlines)
      const lead = splitLead(item.inlines)
      if (lead) item.lead = lead.lead
    } else if (child.type === 'list' && depth >= limits.itemDepth) {
      report(file, {
        message: 'too-deep/list',
        params: {depth: depth + 1, max: limits.itemDepth},
        place: child.position
      })
    } else if (child.type === 'list') {
      item.items.push(...listToItems(child, id, file, item.items.length + 1, depth + 1))
    } else if (child.type === 'code' && !item.code) {
      item.code = codeOf(child)
    } else {
      reportUnexpected(child, file, 'in-list-item')
    }
  }
  if (!seenParagraph && !item.code && item.items.length === 0) {
    report(file, {
      message: 'empty-item',
      place: listItem.position
    })
  }
  item.kind = itemKind(item.code, item.text)
  return item
}

/** The model's code of a fenced code block. */
export function codeOf(code: Code): NonNullable<Item['code']> {
  const result: NonNullable<Item['code']> = {value: code.value}
  if (code.lang) result.lang = code.lang
  if (code.meta) result.meta = code.meta
  return result
}

/** Code when the item has code, a question when its text ends in ？ or ?, a topic otherwise. */
export function itemKind(code: Item['code'], text: string): Item['kind'] {
  return code ? 'code' : /[?？]\s*$/.test(text) ? 'question' : 'topic'
}

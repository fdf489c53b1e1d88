import {anchors, stringsFor} from '@org/llm-interview-renderer'
import type {Group, Guide, Item} from '@org/llm-interview-schema'
import type {SearchDocument} from './engine.js'

/** Joins the pieces of a document's text; snippets start after it, and no phrase matches across it. */
const separator = ' · '

/** A piece of a document's text and the anchor of the element it is shown in (none: the document's own). */
interface Piece {
  text: string
  anchor?: string
}

/**
 * The searchable documents of a guide version, in page order: one per section
 * (objective, group titles and every item, nested ones included), each
 * followed by one per code block of its items (the item's text and its code,
 * opening the item itself), then the rubric (criteria and points), the advice
 * (levels' focus and tips) and the references when the guide has them. Each
 * `href` is relative to the version folder; `anchors` give the item or group
 * each part of the text belongs to, so a hit can link to the item itself.
 */
export function searchDocuments(guide: Guide): SearchDocument[] {
  const all = stringsFor(guide.lang)
  const strings = all.search
  const documents: SearchDocument[] = []
  for (const part of guide.parts) {
    for (const section of part.sections) {
      documents.push(
        document(anchors.section(section.id), `${section.id} ${section.title}`, part.title, [{text: section.objective.text}, ...groupPieces(section.groups)])
      )
      for (const item of codeItems(section.groups.flatMap((group) => group.items))) {
        documents.push(document(anchors.item(item.id), `${section.id} ${section.title} · ${all.codeQuestion}`, part.title, [{text: item.text}, {text: item.code!.value}]))
      }
    }
  }
  if (guide.rubric.length > 0) {
    const pieces = guide.rubric.flatMap((criterion) => [{text: criterion.title, anchor: criterion.id}, ...itemPieces(criterion.points)])
    documents.push(document(anchors.rubric, guide.headings.rubric?.title ?? strings.rubric, '', pieces))
  }
  if (guide.levels.length > 0 || guide.tips.length > 0) {
    const pieces = [
      ...(guide.headings.levels ? [{text: guide.headings.levels.title}] : []),
      ...guide.levels.flatMap((level) => [{text: level.label}, {text: level.focus.text}]),
      ...groupPieces(guide.tips)
    ]
    documents.push(document(anchors.advice, guide.headings.advice?.title ?? strings.advice, '', pieces))
  }
  if (guide.references.length > 0) {
    const title = guide.headings.references?.title ?? strings.references
    documents.push(document(anchors.references, title, '', groupPieces(guide.references)))
  }
  return documents
}

function document(id: string, title: string, part: string, pieces: Piece[]): SearchDocument {
  let text = ''
  const marks: {at: number; id: string}[] = []
  for (const piece of pieces) {
    const trimmed = piece.text.trim()
    if (!trimmed) continue
    if (text) text += separator
    // Only where the element changes: text before the first anchor belongs to the document's own.
    const anchor = piece.anchor ?? id
    if (anchor !== (marks.at(-1)?.id ?? id)) marks.push({at: text.length, id: anchor})
    text += trimmed
  }
  return {id, title, part, text, href: `./#${id}`, ...(marks.length > 0 ? {anchors: marks} : {})}
}

function groupPieces(groups: readonly Group[]): Piece[] {
  return groups.flatMap((group) => [...(group.title ? [{text: group.title, anchor: anchors.group(group.id)}] : []), ...itemPieces(group.items)])
}

/** Items with a code block, nested ones included, in reading order. */
function codeItems(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [...(item.code ? [item] : []), ...codeItems(item.items)])
}

/** Item texts in reading order, each followed by its nested items, each anchored on its own item. */
function itemPieces(items: readonly Item[]): Piece[] {
  return items.flatMap((item) => [{text: item.text, anchor: anchors.item(item.id)}, ...itemPieces(item.items)])
}

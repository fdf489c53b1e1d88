import {anchors, stringsFor} from '@org/llm-interview-renderer'
import type {Group, Guide, Item} from '@org/llm-interview-schema'
import type {SearchDocument} from './engine.js'

/** Joins the pieces of a document's text; snippets start after it, and no phrase matches across it. */
const separator = ' · '

/**
 * The searchable documents of a guide version, in page order: one per section
 * (objective, group titles and every item, nested ones included), each
 * followed by one per code block of its items (the item's text and its code,
 * opening the item itself), then the rubric, the advice (levels' focus and
 * tips) and the references when the guide has them. Each `href` is relative
 * to the version folder.
 */
export function searchDocuments(guide: Guide): SearchDocument[] {
  const all = stringsFor(guide.lang)
  const strings = all.search
  const documents: SearchDocument[] = []
  for (const part of guide.parts) {
    for (const section of part.sections) {
      documents.push(
        document(anchors.section(section.id), `${section.id} ${section.title}`, part.title, [
          section.objective.text,
          ...groupTexts(section.groups)
        ])
      )
      for (const item of codeItems(section.groups.flatMap((group) => group.items))) {
        documents.push(document(anchors.item(item.id), `${section.id} ${section.title} · ${all.codeQuestion}`, part.title, [item.text, item.code!.value]))
      }
    }
  }
  if (guide.rubric.length > 0) {
    const texts = guide.rubric.flatMap((criterion) => [criterion.title, ...itemTexts(criterion.points)])
    documents.push(document(anchors.rubric, guide.headings.rubric?.title ?? strings.rubric, '', texts))
  }
  if (guide.levels.length > 0 || guide.tips.length > 0) {
    const texts = [
      ...(guide.headings.levels ? [guide.headings.levels.title] : []),
      ...guide.levels.flatMap((level) => [level.label, level.focus.text]),
      ...groupTexts(guide.tips)
    ]
    documents.push(document(anchors.advice, guide.headings.advice?.title ?? strings.advice, '', texts))
  }
  if (guide.references.length > 0) {
    const title = guide.headings.references?.title ?? strings.references
    documents.push(document(anchors.references, title, '', groupTexts(guide.references)))
  }
  return documents
}

function document(id: string, title: string, part: string, texts: string[]): SearchDocument {
  const text = texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join(separator)
  return {id, title, part, text, href: `./#${id}`}
}

function groupTexts(groups: readonly Group[]): string[] {
  return groups.flatMap((group) => [...(group.title ? [group.title] : []), ...itemTexts(group.items)])
}

/** Items with a code block, nested ones included, in reading order. */
function codeItems(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [...(item.code ? [item] : []), ...codeItems(item.items)])
}

/** Item texts in reading order, each followed by its nested items. */
function itemTexts(items: readonly Item[]): string[] {
  return items.flatMap((item) => [item.text, ...itemTexts(item.items)])
}

import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {stringsFor} from '@org/llm-interview-renderer'
import type {Cell} from './rows.js'
import type {GuideDiff} from './types.js'
import {diffView, type Block} from './view.js'

/** Where the diff page links to. */
export interface DiffLinks {
  /** URL of a section's anchor in one version of the guide, e.g. `../1.0.0/#sec-1.1`. */
  section(version: string, sectionId: string): string
}

/** The links, and the words for an absent side and for added and removed topics. */
type PageLinks = DiffLinks & {absent: string; added: string; removed: string}

/** Anchor IDs of the page's `h2`s, kept apart from the guide's own anchors. */
const anchor = (block: Block): string => `diff-${block.id}`

/** A cell's text, as a link to its section when it has one; absent sides show as absent. */
function content(cell: Cell | undefined, links: PageLinks): ElementContent[] {
  if (!cell) return [h('span', {className: ['absent']}, links.absent)]
  if (!cell.link) return [{type: 'text', value: cell.text}]
  return [h('a', {href: links.section(cell.link.version, cell.link.section)}, cell.text)]
}

/**
 * Added or removed topics: the place (linked), then the topic's text marked as
 * inserted or deleted, after a word saying which (not colour or underline alone).
 */
function list(block: Block, links: PageLinks): Element {
  return h(
    'ul',
    block.rows.map((row) => {
      const cell = row.after ?? row.before
      return h('li', {className: [row.after ? 'added' : 'removed']}, [
        ...content(row.subject, links),
        {type: 'text', value: ' '},
        h('span', {className: ['diff-mark']}, row.after ? links.added : links.removed),
        {type: 'text', value: ' '},
        h(row.after ? 'ins' : 'del', cell?.text ?? '')
      ])
    })
  )
}

/** Before/after table; the first cell of a row is its header cell. */
function table(block: Block, links: PageLinks): Element {
  const head = h('tr', block.columns.map((column) => h('th', {scope: 'col'}, column)))
  return h('table', {className: ['diff-table']}, [
    h('thead', head),
    h(
      'tbody',
      block.rows.map((row) =>
        h('tr', [
          h('th', {scope: 'row'}, content(row.subject, links)),
          ...(block.fields ? [h('td', content(row.field, links))] : []),
          h('td', {className: ['before']}, content(row.before, links)),
          h('td', {className: ['after']}, content(row.after, links))
        ])
      )
    )
  ])
}

/**
 * The content of a diff page's `<main>`, below its `h1` (made elsewhere):
 * the planned total time and counts, then an `h2` per non-empty kind of
 * change with a list or a before/after table. Sections link to their anchors
 * in the old or new version through `links.section`. Guide text only ever
 * becomes text nodes.
 */
export function diffContent(diff: GuideDiff, given: DiffLinks, lang: string): Element[] {
  const view = diffView(diff, lang)
  const {added, removed} = stringsFor(lang).diff
  const links: PageLinks = {section: (version, id) => given.section(version, id), absent: view.text.absent, added, removed}
  return [
    h('p', {className: ['diff-total']}, h('strong', view.total)),
    h('p', {className: ['diff-summary']}, view.summary),
    ...view.blocks.map((block) =>
      h('section', {className: ['diff-block'], ariaLabelledBy: anchor(block)}, [
        h('h2', {id: anchor(block)}, block.heading),
        block.layout === 'list' ? list(block, links) : table(block, links)
      ])
    )
  ]
}

import {stringsFor, type Strings} from '@org/llm-interview-renderer'
import type {Duration} from '@org/llm-interview-schema'
import {levelRows, minutes as minutesOf, movedRows, partRows, rewordedRows, rubricRows, sectionRows, signed, topicRows, type Row} from './rows.js'
import type {GuideDiff} from './types.js'

/** One kind of change, ready to show as a list or a before/after table. */
export interface Block {
  /** Slug for anchors, e.g. `topics-added`. */
  id: string
  /** Heading: the kind with its count. */
  heading: string
  /** The kind alone, for the summary line. */
  kind: string
  /** How many changes of this kind (a changed section can take several rows). */
  count: number
  /** A list (`subject: text`) or a table (`columns` over the rows). */
  layout: 'list' | 'table'
  /** Table headings: subject, [field,] before, after. */
  columns: string[]
  /** True when the table has a field column. */
  fields: boolean
  rows: Row[]
}

/** Everything a reader sees of a diff, in reading order, independent of the output format. */
export interface DiffView {
  /** Headline naming both versions. */
  title: string
  /** The planned total time, before and after, with the difference. */
  total: string
  /** Counts per kind, or the plain statement that nothing changed. */
  summary: string
  /** Non-empty kinds of change only. */
  blocks: Block[]
  /** The strings the view was written with (the guide's language), for what each format adds. */
  text: Strings['diff']
}

/** The headline sentence about the planned total time. */
function totalLine(diff: GuideDiff, strings: Strings): string {
  const s = strings.diff
  const minutes = (d: Duration) => minutesOf(d, strings)
  const {from, to, delta} = diff.total
  if (delta.min === 0 && delta.max === 0) return s.totalUnchanged(minutes(to))
  return s.total(minutes(from), minutes(to), s.delta(signed(delta.min), signed(delta.max)))
}

/** The diff as headline, summary and blocks of rows, in the strings of `lang` (the guide's); empty kinds are left out. */
export function diffView(diff: GuideDiff, lang: string): DiffView {
  const strings = stringsFor(lang)
  const s = strings.diff
  const {summary: n} = diff
  const k = s.kinds
  const c = s.columns
  const table = (fieldless: boolean, subject: string, columns: string[] = [c.before, c.after]) => ({
    layout: 'table' as const,
    columns: fieldless ? [subject, ...columns] : [subject, c.field, ...columns],
    fields: !fieldless
  })
  const list = {layout: 'list' as const, columns: [], fields: false}
  const candidates: Omit<Block, 'heading'>[] = [
    {id: 'topics-added', kind: k.topicsAdded, count: n.topics.added, ...list, rows: topicRows(diff.topics.added, diff.to, 'after', strings)},
    {
      id: 'topics-removed',
      kind: k.topicsRemoved,
      count: n.topics.removed,
      ...list,
      rows: topicRows(diff.topics.removed, diff.from, 'before', strings)
    },
    {id: 'topics-reworded', kind: k.topicsReworded, count: n.topics.reworded, ...table(true, c.place), rows: rewordedRows(diff, strings)},
    {id: 'topics-moved', kind: k.topicsMoved, count: n.topics.moved, ...table(true, c.topic), rows: movedRows(diff, strings)},
    {id: 'sections', kind: k.sections, count: total(n.sections), ...table(false, c.section), rows: sectionRows(diff, strings)},
    {id: 'parts', kind: k.parts, count: total(n.parts), ...table(false, c.part), rows: partRows(diff, strings)},
    {id: 'rubric', kind: k.rubric, count: total(n.rubric), ...table(false, c.criterion), rows: rubricRows(diff, strings)},
    {id: 'levels', kind: k.levels, count: total(n.levels), ...table(false, c.level), rows: levelRows(diff, strings)}
  ]
  const blocks = candidates.filter((b) => b.count > 0).map((b) => ({...b, heading: s.heading(b.kind, b.count)}))
  const counts = blocks.map((b) => s.kindCount(b.kind, b.count))
  return {
    title: s.title(strings.version(diff.from), strings.version(diff.to)),
    total: totalLine(diff, strings),
    summary: n.changes === 0 ? s.noChanges : s.summary(n.changes, counts),
    blocks,
    text: s
  }
}

function total(counts: {added: number; removed: number; changed: number}): number {
  return counts.added + counts.removed + counts.changed
}

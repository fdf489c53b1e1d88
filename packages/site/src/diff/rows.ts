import type {Strings} from '@org/llm-interview-renderer'
import {formatDuration, type Duration} from '@org/llm-interview-schema'
import type {Change, GuideDiff, PlanSlot, TopicRef} from './types.js'


/** A section anchor in one of the two versions. */
export interface SectionLink {
  version: string
  section: string
}

/** One piece of text to show, with the section it may link to. */
export interface Cell {
  text: string
  link?: SectionLink
}

/** One line of a list, or one row of a before/after table; a missing side shows as absent. */
export interface Row {
  subject: Cell
  field?: Cell
  before?: Cell
  after?: Cell
}

/** A duration with its unit, e.g. 20-25 minutes. */
export const minutes = (d: Duration, strings: Strings): string => strings.minutes(formatDuration(d))

/** `+5`, `-5` or `±0`. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? String(n) : '\u00b10')

/** Where a topic is: section, group and parent item. */
export function place(ref: TopicRef, strings: Strings): string {
  const s = strings.diff
  const steps = [s.section(ref.section, ref.sectionTitle), ref.group, ref.parent]
  return s.place(steps.filter((step): step is string => step !== undefined && step !== ''))
}

/** A topic's text; a bare code block shows its first line. */
export function topicText(ref: TopicRef, strings: Strings): string {
  const s = strings.diff
  if (ref.text !== '' || ref.code === undefined) return ref.text
  return s.codeBlock(ref.code.split('\n')[0] ?? '')
}

/** Added topics link to the new version, removed ones to the old. */
export function topicRows(refs: readonly TopicRef[], version: string, side: 'before' | 'after', strings: Strings): Row[] {
  return refs.map((ref) => ({subject: {text: place(ref, strings), link: {version, section: ref.section}}, [side]: {text: topicText(ref, strings)}}))
}

/** Reworded topics: the place (old → new when it moved too), then the old and new text. */
export function rewordedRows(diff: GuideDiff, strings: Strings): Row[] {
  const s = strings.diff
  return diff.topics.reworded.map(({from, to}) => {
    const here = place(to, strings)
    const there = place(from, strings)
    return {
      subject: {text: here === there ? here : s.change(there, here), link: {version: diff.to, section: to.section}},
      before: {text: topicText(from, strings), link: {version: diff.from, section: from.section}},
      after: {text: topicText(to, strings), link: {version: diff.to, section: to.section}}
    }
  })
}

/** Moved topics: the text, then the old and new place. */
export function movedRows(diff: GuideDiff, strings: Strings): Row[] {
  return diff.topics.moved.map(({from, to}) => ({
    subject: {text: topicText(to, strings)},
    before: {text: place(from, strings), link: {version: diff.from, section: from.section}},
    after: {text: place(to, strings), link: {version: diff.to, section: to.section}}
  }))
}

/** A change shown as text. */
function shown<T>(c: Change<T> | undefined, show: (v: T) => string): Change<string> | undefined {
  return c && {from: show(c.from), to: show(c.to)}
}

/** A row per changed field, dropping fields that did not change. */
function fieldRows(subject: Cell, fields: [string, Change<string> | undefined][]): Row[] {
  return fields.flatMap(([field, c]) => (c ? [{subject, field: {text: field}, before: {text: c.from}, after: {text: c.to}}] : []))
}

/** Sections added, removed and changed (a row per changed field). */
export function sectionRows(diff: GuideDiff, strings: Strings): Row[] {
  const s = strings.diff
  const {added, removed, changed} = diff.sections
  const f = s.fields
  const link = (version: string, id: string) => ({version, section: id})
  const whole = (r: {title: string; duration: Duration}) => ({text: s.withDuration(r.title, minutes(r.duration, strings))})
  return [
    ...changed.flatMap((c) =>
      fieldRows({text: s.section(c.id, c.title), link: link(diff.to, c.id)}, [
        [f.title, c.renamed],
        [f.duration, shown(c.duration, (d) => minutes(d, strings))],
        [f.objective, c.objective]
      ])
    ),
    ...added.map((r) => ({
      subject: {text: s.section(r.id, r.title), link: link(diff.to, r.id)},
      field: {text: f.section},
      after: whole(r)
    })),
    ...removed.map((r) => ({
      subject: {text: s.section(r.id, r.title), link: link(diff.from, r.id)},
      field: {text: f.section},
      before: whole(r)
    }))
  ]
}

/** Parts added, removed and changed (a row per changed field). */
export function partRows(diff: GuideDiff, strings: Strings): Row[] {
  const s = strings.diff
  const {added, removed, changed} = diff.parts
  const f = s.fields
  const whole = (r: {title: string; duration: Duration}) => ({text: s.withDuration(r.title, minutes(r.duration, strings))})
  return [
    ...changed.flatMap((c) =>
      fieldRows({text: s.part(c.ordinal, c.title)}, [
        [f.title, c.renamed],
        [f.duration, shown(c.duration, (d) => minutes(d, strings))]
      ])
    ),
    ...added.map((r) => ({subject: {text: s.part(r.ordinal, r.title)}, field: {text: f.part}, after: whole(r)})),
    ...removed.map((r) => ({subject: {text: s.part(r.ordinal, r.title)}, field: {text: f.part}, before: whole(r)}))
  ]
}

/** Criteria whose weight changed, then added and removed ones. */
export function rubricRows(diff: GuideDiff, strings: Strings): Row[] {
  const s = strings.diff
  const {added, removed, changed} = diff.rubric
  const field = {text: s.fields.weight}
  return [
    ...changed.map((c) => ({
      subject: {text: c.title},
      field,
      before: {text: s.weight(c.weight.from)},
      after: {text: s.weight(c.weight.to)}
    })),
    ...added.map((c) => ({subject: {text: c.title}, field, after: {text: s.weight(c.weight)}})),
    ...removed.map((c) => ({subject: {text: c.title}, field, before: {text: s.weight(c.weight)}}))
  ]
}

/** Levels: total planned minutes, then each plan entry whose role or minutes changed. */
export function levelRows(diff: GuideDiff, strings: Strings): Row[] {
  const s = strings.diff
  const {added, removed, changed} = diff.levels
  const planned = {text: s.fields.planned}
  const total = (n: number) => ({text: strings.minutes(String(n))})
  const slot = (p: PlanSlot) => ({
    text: p.role === 'skip' ? strings.roles.skip : s.plan(strings.roles[p.role], strings.minutes(String(p.minutes)))
  })
  return [
    ...changed.flatMap((level) => {
      const subject = {text: level.label}
      const rows: Row[] = level.minutes
        ? [{subject, field: planned, before: total(level.minutes.from), after: total(level.minutes.to)}]
        : []
      for (const entry of level.sections) {
        const version = entry.to ? diff.to : diff.from
        const field = {text: s.section(entry.section, entry.title), link: {version, section: entry.section}}
        rows.push({subject, field, ...(entry.from && {before: slot(entry.from)}), ...(entry.to && {after: slot(entry.to)})})
      }
      return rows
    }),
    ...added.map((l) => ({subject: {text: l.label}, field: planned, after: total(l.minutes)})),
    ...removed.map((l) => ({subject: {text: l.label}, field: planned, before: total(l.minutes)}))
  ]
}

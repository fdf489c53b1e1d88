import type {Duration, Guide, Part, Section} from '@org/llm-interview-schema'
import type {Change, PartChange, PartDiff, SectionChange, SectionDiff} from './types.js'

/** `{from, to}` when the two differ, otherwise nothing. */
export function changeOf<T>(from: T, to: T, equal: (a: T, b: T) => boolean = Object.is): Change<T> | undefined {
  return equal(from, to) ? undefined : {from, to}
}

/** Equal minimum and maximum. */
export function sameDuration(a: Duration, b: Duration): boolean {
  return a.min === b.min && a.max === b.max
}

/** A copy without the extra keys a parsed duration might carry. */
function duration(d: Duration): Duration {
  return {min: d.min, max: d.max}
}

const sectionsOf = (guide: Guide): Section[] => guide.parts.flatMap((part) => part.sections)

/** Sections matched by ID (`1.1`): added, removed, and changed title, duration or objective. */
export function diffSections(from: Guide, to: Guide): SectionDiff {
  const before = new Map(sectionsOf(from).map((s) => [s.id, s]))
  const after = sectionsOf(to)
  const ids = new Set(after.map((s) => s.id))
  const changed: SectionChange[] = []
  for (const s of after) {
    const old = before.get(s.id)
    if (!old) continue
    const renamed = changeOf(old.title, s.title)
    const time = changeOf(duration(old.duration), duration(s.duration), sameDuration)
    const objective = changeOf(old.objective.text, s.objective.text)
    if (!renamed && !time && !objective) continue
    changed.push({
      id: s.id,
      title: s.title,
      ...(renamed && {renamed}),
      ...(time && {duration: time}),
      ...(objective && {objective})
    })
  }
  const ref = (s: Section) => ({id: s.id, title: s.title, duration: duration(s.duration)})
  return {
    added: after.filter((s) => !before.has(s.id)).map(ref),
    removed: sectionsOf(from)
      .filter((s) => !ids.has(s.id))
      .map(ref),
    changed
  }
}

/** Parts matched by number: added, removed, and changed title or duration. */
export function diffParts(from: Guide, to: Guide): PartDiff {
  const before = new Map(from.parts.map((p) => [p.number, p]))
  const numbers = new Set(to.parts.map((p) => p.number))
  const changed: PartChange[] = []
  for (const p of to.parts) {
    const old = before.get(p.number)
    if (!old) continue
    const renamed = changeOf(old.title, p.title)
    const time = changeOf(duration(old.duration), duration(p.duration), sameDuration)
    if (!renamed && !time) continue
    changed.push({number: p.number, ordinal: p.ordinal, title: p.title, ...(renamed && {renamed}), ...(time && {duration: time})})
  }
  const ref = (p: Part) => ({number: p.number, ordinal: p.ordinal, title: p.title, duration: duration(p.duration)})
  return {
    added: to.parts.filter((p) => !before.has(p.number)).map(ref),
    removed: from.parts.filter((p) => !numbers.has(p.number)).map(ref),
    changed
  }
}

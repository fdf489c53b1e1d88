import type {Guide, Level, PlanEntry} from '@org/llm-interview-schema'
import type {LevelChange, LevelDiff, PlanChange, PlanSlot} from './types.js'

/** Minutes an entry takes in the interview; a skipped section takes none. */
const minutesOf = (entry: PlanEntry): number => (entry.role === 'skip' ? 0 : entry.minutes)

/** A level's total planned minutes. */
export function plannedMinutes(level: Level): number {
  return level.plan.reduce((sum, entry) => sum + minutesOf(entry), 0)
}

const slot = (entry: PlanEntry): PlanSlot => ({role: entry.role, minutes: minutesOf(entry)})

/** Plan entries whose role or minutes changed; the order of sections alone is not compared. */
function planChanges(from: Level, to: Level, titles: Map<string, string>): PlanChange[] {
  const before = new Map(from.plan.map((e) => [e.section, e]))
  const sections = new Set(to.plan.map((e) => e.section))
  const changes: PlanChange[] = []
  for (const entry of to.plan) {
    const old = before.get(entry.section)
    const section = {section: entry.section, title: titles.get(entry.section) ?? ''}
    if (!old) changes.push({...section, to: slot(entry)})
    else if (old.role !== entry.role || minutesOf(old) !== minutesOf(entry)) changes.push({...section, from: slot(old), to: slot(entry)})
  }
  for (const entry of from.plan) {
    if (!sections.has(entry.section)) changes.push({section: entry.section, title: titles.get(entry.section) ?? '', from: slot(entry)})
  }
  return changes
}

/** Levels matched by ID: added, removed, and changed total minutes or plan entries. */
export function diffLevels(from: Guide, to: Guide): LevelDiff {
  const before = new Map(from.levels.map((l) => [l.id, l]))
  const ids = new Set(to.levels.map((l) => l.id))
  // Titles of the new version win; sections only in the old one keep their old title.
  const titles = new Map([from, to].flatMap((guide) => guide.parts.flatMap((part) => part.sections.map((s) => [s.id, s.title] as const))))
  const changed: LevelChange[] = []
  for (const level of to.levels) {
    const old = before.get(level.id)
    if (!old) continue
    const sections = planChanges(old, level, titles)
    const minutes = {from: plannedMinutes(old), to: plannedMinutes(level)}
    if (sections.length === 0 && minutes.from === minutes.to) continue
    changed.push({id: level.id, label: level.label, ...(minutes.from !== minutes.to && {minutes}), sections})
  }
  const ref = (l: Level) => ({id: l.id, label: l.label, minutes: plannedMinutes(l)})
  return {
    added: to.levels.filter((l) => !before.has(l.id)).map(ref),
    removed: from.levels.filter((l) => !ids.has(l.id)).map(ref),
    changed
  }
}

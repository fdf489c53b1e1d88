import type {Duration, Guide, Section} from '@org/llm-interview-schema'
import type {Heading} from './page-structure.js'

// What a page must show, derived from the guide JSON alone (not through the
// renderer's helpers), so that the structural tests check the renderer
// against the data rather than against itself.

/** A section as an interview takes it. */
export interface Planned {
  section: Section
  role: 'core' | 'optional' | 'skip'
  minutes: number
}

export const span = (d: Duration) => (d.min === d.max ? `${d.min}` : `${d.min}-${d.max}`)

export const allSections = (guide: Guide) => guide.parts.flatMap((part) => part.sections)

/**
 * A level's sections: the core and optional ones in the plan's order (a
 * section named twice counts once), then every other section, skipped, in
 * guide order.
 */
export function levelSections(guide: Guide, levelId: string): Planned[] {
  const level = guide.levels.find((l) => l.id === levelId)!
  const sections = new Map(allSections(guide).map((s) => [s.id, s]))
  const seen = new Set<string>()
  const taken: Planned[] = []
  for (const entry of level.plan) {
    const section = sections.get(entry.section)
    if (!section || seen.has(entry.section)) continue
    seen.add(entry.section)
    if (entry.role !== 'skip') taken.push({section, role: entry.role, minutes: entry.minutes})
  }
  const skipped = allSections(guide)
    .filter((s) => !taken.some((t) => t.section.id === s.id))
    .map((section): Planned => ({section, role: 'skip', minutes: 0}))
  return [...taken, ...skipped]
}

/** The headings of the outline on the full guide's page: parts (h2) and their sections (h3). */
export function fullHeadings(guide: Guide): Heading[] {
  return guide.parts.flatMap((part) => [
    {level: 2, anchor: part.id, text: `${part.ordinal}、${part.title}`, minutes: span(part.duration)},
    ...part.sections.map((s) => ({level: 3, anchor: `sec-${s.id}`, text: `${s.id} ${s.title}`, minutes: span(s.duration)}))
  ])
}

/** The section headings (h3) of a level's page, in the level's order, with its minutes and roles. */
export function levelHeadings(guide: Guide, levelId: string): Heading[] {
  return levelSections(guide, levelId).map(({section, role, minutes}) => ({level: 3, anchor: `sec-${section.id}`, text: `${section.id} ${section.title}`, minutes: String(minutes), role}))
}

/** The rows of a level's plan table: role, then the cells' id, title, role and minutes (a dash when skipped). */
export function planRows(guide: Guide, levelId: string) {
  return levelSections(guide, levelId).map(({section, role, minutes}) => ({role, cells: [section.id, section.title, role, role === 'skip' ? '—' : String(minutes)]}))
}

/**
 * The sections an interview runs through, with their minutes: a level's
 * core and optional ones in plan order, or every section of the full guide
 * at its longest duration.
 */
export function interviewSections(guide: Guide, levelId?: string): {id: string; minutes: number; role?: string}[] {
  if (!levelId) return allSections(guide).map((s) => ({id: s.id, minutes: s.duration.max}))
  return levelSections(guide, levelId)
    .filter((p) => p.role !== 'skip')
    .map((p) => ({id: p.section.id, minutes: p.minutes, role: p.role}))
}

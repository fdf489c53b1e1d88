import type {Duration, Guide, Level, Part, PlanRole, Section} from '@org/llm-interview-schema'

/** One section as a level's interview takes it. */
export interface PlannedSection {
  section: Section
  part: Part
  role: PlanRole
  /** Minutes this level gives the section (0 when skipped). */
  minutes: number
}

/** A guide seen through one level's plan. */
export interface LevelVariant {
  level: Level
  /** Core and optional sections, in the order the interview takes them. */
  sections: PlannedSection[]
  /** Skipped sections, in guide order. */
  skipped: PlannedSection[]
  /** Minutes of the core sections. */
  coreMinutes: number
  /** Minutes of the optional sections. */
  optionalMinutes: number
  /** All planned minutes (core and optional). */
  totalMinutes: number
  /** The guide's recommended duration. */
  recommended: Duration
  /** Whether the total lies within the recommended duration. */
  fits: boolean
}

/**
 * The variant of `guide` for the level with `levelId`: its plan resolved
 * against the guide's sections. Sections the plan does not name count as
 * skipped (the parser requires every section; hand-made JSON may not).
 */
export function levelVariant(guide: Guide, levelId: string): LevelVariant {
  const level = guide.levels.find((l) => l.id === levelId)
  if (!level) throw new Error(`Unknown level \`${levelId}\`; the guide has ${guide.levels.map((l) => l.id).join(', ') || 'no levels'}`)
  const lookup = new Map(guide.parts.flatMap((part) => part.sections.map((section) => [section.id, {section, part}] as const)))
  const sections: PlannedSection[] = []
  const planned = new Set<string>()
  for (const entry of level.plan) {
    const found = lookup.get(entry.section)
    if (!found || planned.has(entry.section)) continue
    planned.add(entry.section)
    if (entry.role !== 'skip') sections.push({...found, role: entry.role, minutes: entry.minutes})
  }
  const skipped = [...lookup.values()]
    .filter(({section}) => !sections.some((s) => s.section.id === section.id))
    .map((found) => ({...found, role: 'skip' as const, minutes: 0}))
  const sum = (role: PlanRole) => sections.filter((s) => s.role === role).reduce((total, s) => total + s.minutes, 0)
  const coreMinutes = sum('core')
  const optionalMinutes = sum('optional')
  const totalMinutes = coreMinutes + optionalMinutes
  return {
    level,
    sections,
    skipped,
    coreMinutes,
    optionalMinutes,
    totalMinutes,
    recommended: guide.duration,
    fits: totalMinutes >= guide.duration.min && totalMinutes <= guide.duration.max
  }
}

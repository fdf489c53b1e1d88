import {sumDurations, type Guide, type Part, type PlanRole, type Section} from '@org/llm-interview-schema'
import {levelVariant} from './variant.js'

/** One timed row of an interview agenda. */
export interface RunSheetRow {
  section: Section
  part: Part
  role: PlanRole
  /** Minutes given to the section. */
  minutes: number
  /** Offset in minutes from the start of the interview when it starts. */
  start: number
  /** Offset when it ends: the cumulative minutes so far. */
  end: number
}

/** A timed agenda for the full guide or one level. */
export interface RunSheet {
  rows: RunSheetRow[]
  /** Minutes of the whole agenda. */
  total: number
}

/**
 * The agenda of an interview: for a level, its core and optional sections
 * in plan order; for the full guide, every section in order with its
 * longest duration.
 */
export function runSheet(guide: Guide, levelId?: string): RunSheet {
  const planned =
    levelId === undefined
      ? guide.parts.flatMap((part) =>
          part.sections.map((section) => ({section, part, role: 'core' as const, minutes: section.duration.max}))
        )
      : levelVariant(guide, levelId).sections
  let clock = 0
  const rows = planned.map((entry) => {
    const start = clock
    clock += entry.minutes
    return {...entry, start, end: clock}
  })
  return {rows, total: clock}
}

/** The guide's planned total: the sum of its parts' durations. */
export function plannedDuration(guide: Guide) {
  return sumDurations(guide.parts.map((part) => part.duration))
}

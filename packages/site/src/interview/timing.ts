// The interview clock, as pure functions of a small state and `now` (ms since
// the epoch): no DOM, no timers. The clock counts for one section at a time;
// a reload keeps counting because only the start of the running stretch is stored.

/** A section as the plan gives it. */
export interface PlannedSection {
  id: string
  /** Planned minutes. */
  minutes: number
}

/** What the page stores of its clock. */
export interface TimerState {
  /** The section the clock counts for; null before the first start. */
  current: string | null
  /** When the running stretch began (ms since the epoch); null while paused. */
  since: number | null
  /** Milliseconds counted per section, the running stretch not included. */
  spent: Record<string, number>
}

/** A section's time against its plan, in milliseconds. */
export interface SectionTiming {
  id: string
  planned: number
  spent: number
  /** How far past its plan the section ran (0 within it). */
  overrun: number
  current: boolean
}

/** The whole interview's time against its plan, in milliseconds. */
export interface Timing {
  sections: SectionTiming[]
  planned: number
  spent: number
  /** Planned minus spent: negative once the interview runs over. */
  remaining: number
  /** Ids of the sections past their plan. */
  overruns: string[]
  running: boolean
}

const minute = 60_000

export function idleTimer(): TimerState {
  return {current: null, since: null, spent: {}}
}

/** Adds the running stretch to its section. */
function settle(timer: TimerState, now: number): TimerState {
  if (timer.since === null || timer.current === null) return {...timer, since: null}
  const stretch = Math.max(0, now - timer.since)
  return {current: timer.current, since: null, spent: {...timer.spent, [timer.current]: (timer.spent[timer.current] ?? 0) + stretch}}
}

/** Starts (or keeps) the clock on `section`, else on the current section, else on the plan's first. */
export function startTimer(timer: TimerState, plan: readonly PlannedSection[], now: number, section?: string): TimerState {
  const target = section ?? timer.current ?? plan[0]?.id ?? null
  if (target === null) return timer
  if (timer.since !== null && timer.current === target) return timer
  return {...settle(timer, now), current: target, since: now}
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return settle(timer, now)
}

/** Moves the clock to the section after the current one, running or not; stays on the last. */
export function nextSection(timer: TimerState, plan: readonly PlannedSection[], now: number): TimerState {
  const index = plan.findIndex((s) => s.id === timer.current)
  const next = plan[Math.min(index + 1, plan.length - 1)]
  if (!next) return timer
  if (timer.since === null) return {...timer, current: next.id}
  return startTimer(timer, plan, now, next.id)
}

/** Milliseconds spent on a section until `now`. */
export function spentOn(timer: TimerState, section: string, now: number): number {
  const running = timer.since !== null && timer.current === section ? Math.max(0, now - timer.since) : 0
  return (timer.spent[section] ?? 0) + running
}

/** Every planned section's time, the totals and the overruns at `now`. */
export function timing(plan: readonly PlannedSection[], timer: TimerState, now: number): Timing {
  const sections = plan.map((section) => {
    const planned = section.minutes * minute
    const spent = spentOn(timer, section.id, now)
    return {id: section.id, planned, spent, overrun: Math.max(0, spent - planned), current: section.id === timer.current}
  })
  const planned = sections.reduce((sum, s) => sum + s.planned, 0)
  const spent = sections.reduce((sum, s) => sum + s.spent, 0)
  return {sections, planned, spent, remaining: planned - spent, overruns: sections.filter((s) => s.overrun > 0).map((s) => s.id), running: timer.since !== null}
}

/** `m:ss` (minutes may pass 59) for a duration in milliseconds; negative durations get a minus sign. */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000)
  return `${ms < 0 && seconds > 0 ? '-' : ''}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

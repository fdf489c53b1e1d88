import {z} from 'zod'

/**
 * A duration in whole minutes. A fixed duration (`(10分钟)`) has `min`
 * equal to `max`; a range (`(25-30分钟)`) has `min < max`.
 */
export interface Duration {
  /** Shortest planned time, in minutes. */
  min: number
  /** Longest planned time, in minutes; equal to `min` when fixed, never less (`checkGuide` holds this, a JSON Schema cannot). */
  max: number
}

/** The zod schema of the {@link Duration} type, whose fields carry the docs. */
export const DurationSchema = z
  .object({
    min: z.int().min(0).describe('Shortest planned time, in minutes.'),
    max: z.int().min(0).describe('Longest planned time, in minutes; equal to `min` when fixed, never less (`checkGuide` holds this, a JSON Schema cannot).')
  })
  .meta({id: 'Duration'})

/** Sum of durations (minimums and maximums added separately). */
export function sumDurations(durations: Iterable<Duration>): Duration {
  let min = 0
  let max = 0
  for (const d of durations) {
    min += d.min
    max += d.max
  }
  return {min, max}
}

/** `10` for a fixed duration, `25-30` for a range. */
export function formatDuration(d: Duration): string {
  return d.min === d.max ? String(d.min) : `${d.min}-${d.max}`
}

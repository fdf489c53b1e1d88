import {formatDuration, sumDurations, type Duration, type Part} from '@org/llm-interview-schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../report.js'

/** Reports parts whose sections' total does not fit the part's duration. */
export function checkPartDurations(parts: readonly Part[], file: VFile): void {
  for (const part of parts) {
    if (part.sections.length === 0) continue
    const total = sumDurations(part.sections.map((s) => s.duration))
    if (total.min >= part.duration.min && total.max <= part.duration.max) continue
    const listing = part.sections.map((s) => `${s.id} (${formatDuration(s.duration)})`).join(' + ')
    report(file, {
      ruleId: 'part-duration',
      reason: `Unexpected sections totalling ${formatDuration(total)} minutes in part ${part.ordinal}, expected ${formatDuration(part.duration)} as its heading says`,
      hint: `The sections add up to ${listing} = ${formatDuration(total)}: change a section's minutes or the part's.`,
      place: part.position
    })
  }
}

/** Warns when the planned total lies outside the recommended duration. */
export function checkTotalDuration(parts: readonly Part[], recommended: Duration, place: Position | undefined, file: VFile): void {
  const total = sumDurations(parts.map((p) => p.duration))
  if (total.min >= recommended.min && total.max <= recommended.max) return
  report(file, {
    ruleId: 'total-duration',
    severity: 'warning',
    reason: `Unexpected planned total of ${formatDuration(total)} minutes, expected ${formatDuration(recommended)} minutes as recommended`,
    hint: 'An interview takes only part of the guide: the level plans choose what fits. Shorten parts, or change `duration` in the front matter.',
    place
  })
}

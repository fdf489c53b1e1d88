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
      message: 'part-duration',
      params: {total: formatDuration(total), ordinal: part.ordinal, expected: formatDuration(part.duration), listing},
      place: part.position
    })
  }
}

/** Warns when the planned total lies outside the recommended duration. */
export function checkTotalDuration(parts: readonly Part[], recommended: Duration, place: Position | undefined, file: VFile): void {
  const total = sumDurations(parts.map((p) => p.duration))
  if (total.min >= recommended.min && total.max <= recommended.max) return
  report(file, {
    message: 'total-duration',
    severity: 'warning',
    params: {total: formatDuration(total), recommended: formatDuration(recommended)},
    place
  })
}

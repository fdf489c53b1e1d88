import type {Duration} from '@org/llm-interview-schema'

/** Units accepted after a number of minutes. */
const unit = String.raw`(?:分钟|分|min(?:ute)?s?)`
const range = String.raw`(\d+)\s*(?:(?:-|–|—|~|～|至|到)\s*(\d+)\s*)?`

/** `(10分钟)`, `（25-30分钟）`, `(10 min)` at the end of a heading. */
const headingDuration = new RegExp(String.raw`[(（]\s*${range}${unit}\s*[)）]\s*$`)
/** Anything that looks like a duration attempt in trailing parentheses. */
const durationAttempt = new RegExp(String.raw`[(（][^()（）]*(?:分钟|分|min)[^()（）]*[)）]\s*$`)
/** Minutes somewhere inside parentheses, among other words. */
const innerDuration = new RegExp(String.raw`(?<![\d.,])${range}${unit}`)
/** `90-120` or `90-120分钟` as a value on its own. */
const bareDuration = new RegExp(String.raw`^\s*${range}${unit}?\s*$`)

export type HeadingDuration =
  | {kind: 'ok'; duration: Duration; index: number}
  | {kind: 'malformed'; index: number; text: string}
  | {kind: 'missing'}
  | {kind: 'reversed'; index: number; text: string}
  /** Minutes with other words in the parentheses: `(必考基础，15-20分钟)`. */
  | {kind: 'labelled'; index: number; text: string; minutes: string; label: string}

/**
 * Finds the duration at the end of a heading's text. `index` is where the
 * opening parenthesis is in `text`.
 */
export function headingDurationOf(text: string): HeadingDuration {
  const match = headingDuration.exec(text)
  if (match) {
    const duration = toDuration(match[1]!, match[2])
    if (!duration) return {kind: 'reversed', index: match.index, text: match[0].trim()}
    return {kind: 'ok', duration, index: match.index}
  }
  const attempt = durationAttempt.exec(text)
  if (!attempt) return {kind: 'missing'}
  const written = attempt[0].trim()
  const inner = innerDuration.exec(written)
  if (inner && toDuration(inner[1]!, inner[2])) {
    const label = written.slice(1, -1).replace(inner[0], ' ').replace(/^[\s,，、;；:：]+|[\s,，、;；:：]+$/g, '').trim()
    if (label !== '') return {kind: 'labelled', index: attempt.index, text: written, minutes: `(${inner[0].trim()})`, label}
  }
  return {kind: 'malformed', index: attempt.index, text: written}
}

/** Parses `90-120`, `90` or `90-120分钟`; undefined when malformed or reversed. */
export function parseDuration(text: string): Duration | undefined {
  const match = bareDuration.exec(text)
  return match ? toDuration(match[1]!, match[2]) : undefined
}

function toDuration(minText: string, maxText: string | undefined): Duration | undefined {
  const min = Number(minText)
  const max = maxText === undefined ? min : Number(maxText)
  return min <= max ? {min, max} : undefined
}

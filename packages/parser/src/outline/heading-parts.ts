import type {Duration} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import {headingDurationOf} from '../duration.js'
import {report} from '../report.js'
import type {HeadingText} from './heading-text.js'

/**
 * Splits the duration off a part or section heading and reports a missing or
 * malformed one. Returns the text before the duration.
 */
export function takeDuration(
  heading: HeadingText,
  what: string,
  file: VFile
): {rest: string; duration: Duration | undefined} {
  const found = headingDurationOf(heading.text)
  if (found.kind === 'ok') return {rest: heading.text.slice(0, found.index).trim(), duration: found.duration}
  if (found.kind === 'missing') {
    report(file, {
      message: 'duration/missing',
      params: {what, heading: heading.text, depth: heading.node.depth},
      place: heading.node.position
    })
    return {rest: heading.text, duration: undefined}
  }
  if (found.kind === 'labelled') {
    report(file, {
      message: 'duration/labelled',
      params: {label: found.label, text: found.text, minutes: found.minutes},
      place: heading.pointAt(found.index)
    })
    return {rest: heading.text.slice(0, found.index).trim(), duration: undefined}
  }
  report(file, {
    message: found.kind === 'reversed' ? 'duration/reversed' : 'duration/malformed',
    params: {text: found.text},
    place: heading.pointAt(found.index)
  })
  return {rest: heading.text.slice(0, found.index).trim(), duration: undefined}
}

const partPattern = /^([零〇一二两三四五六七八九十百]+|\d+)\s*[、.．]\s*(.+)$/s
const sectionPattern = /^(\d+)\.(\d+)\s+(.+)$/s
const weightPattern = /[(（]\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）]\s*$/

/** `一、理论基础` gives the ordinal `一` and the title. */
export function splitOrdinal(text: string): {ordinal: string; title: string} | undefined {
  const match = partPattern.exec(text)
  return match ? {ordinal: match[1]!, title: match[2]!.trim()} : undefined
}

/** `1.2 大模型规模化原理` gives 1, 2 and the title. */
export function splitSectionNumber(text: string): {part: number; number: number; title: string} | undefined {
  const match = sectionPattern.exec(text)
  return match ? {part: Number(match[1]), number: Number(match[2]), title: match[3]!.trim()} : undefined
}

/** `基础理论掌握 (30%)` gives 30 and the title. */
export function splitWeight(text: string): {weight: number; title: string} | undefined {
  const match = weightPattern.exec(text)
  return match ? {weight: Number(match[1]), title: text.slice(0, match.index).trim()} : undefined
}

/** Whether a heading ends with something that looks like a duration. */
export function hasDurationAttempt(text: string): boolean {
  return headingDurationOf(text).kind !== 'missing'
}

import {ruleIdOf} from './messages/catalogue.js'
import {scanLines} from './source-lines.js'

/**
 * Limits that keep one guide's cost bounded, whatever the input: far above
 * any real outline (a guide of a hundred parts stays well within them), they
 * stop what would make the Markdown parser slow or deep before it runs.
 */
export const limits = {
  /** Largest source, in bytes of UTF-8. */
  bytes: 5 * 1024 * 1024,
  /** Longest line, in characters. */
  lineLength: 10_000,
  /** Deepest nesting of block quotes, list markers and indentation at the start of a line. */
  lineDepth: 100,
  /** Deepest nesting of items in items. */
  itemDepth: 32,
  /** Deepest nesting of inline formatting. */
  inlineDepth: 32,
  /** Most lines in the whole guide. */
  guideLines: 60_000,
  /** Most marks of inline syntax (`*`, `_`, `~`, `[`, `]`, `` ` ``, `<`, `|`) in one block of text. */
  paragraphMarks: 1_000,
  /** Most marks of inline syntax in the whole guide. */
  guideMarks: 100_000,
  /** Most lines under one heading (or before the first), front matter aside. */
  headingLines: 1_000,
  /** Most list items under one heading. */
  headingItems: 1_000,
  /** Most list items in the whole guide. */
  guideItems: 30_000,
  /** Most headings in the whole guide. */
  guideHeadings: 10_000
} as const

/** A limit the source breaks, with the place where it first does. */
export interface LimitBreak {
  line: number
  column: number
  /** The rule it breaks, e.g. `too-many-items`. */
  ruleId: string
  /** The message to report (a catalogue entry of messages/input.ts, filled in). */
  finding: LimitFinding
}

type LimitKey = 'too-many-lines/guide' | 'too-many-lines/heading' | 'too-long-line' | 'too-deep/line' | 'too-many-headings' | 'too-many-items/heading' | 'too-many-items/guide' | 'too-many-marks/block' | 'too-many-marks/guide'
type LimitFinding = {message: LimitKey; params: {line: number; max: number} & {length: number; max: number} & {depth: number; max: number} & {number: number; max: number}} | {message: 'too-large'; params: {megabytes: string; max: number}}

const marks = /[*_~[\]`<|]/g
// Quotes, indentation and list markers that open a container at a line's start.
const containerStart = /^(?:[ \t]|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/
// Lines that start a new block of text: list items, headings, and blank lines (in quotes too).
const blockStart = /^[ \t>]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|$)/
const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/
// A heading where the source is cut into pieces parsed apart (see split.ts).
const cutHeading = /^#{1,6}(?:[ \t]|$)/

/**
 * Where the source first breaks a limit, before any parsing: the earliest
 * line, at the column where the limit is crossed. Lines of front matter,
 * fenced code and HTML blocks count as lines, never as items, headings or
 * marks (front matter not even as lines under a heading).
 */
export function firstLimitBreak(text: string): LimitBreak | undefined {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > limits.bytes) return tooLarge(text, bytes)
  let found: LimitBreak | undefined
  let paragraphMarks = 0
  let guideMarks = 0
  let headingLines = 0
  let headingItems = 0
  let guideItems = 0
  let guideHeadings = 0
  scanLines(text, (line, index, _offset, kind) => {
    const at = (column: number, message: LimitKey, values: {line?: number; length?: number; depth?: number; number?: number; max: number}): true => {
      found = {line: index + 1, column, ruleId: ruleIdOf(message), finding: {message, params: values as never}}
      return true
    }
    if (index >= limits.guideLines) {
      return at(1, 'too-many-lines/guide', {line: index + 1, max: limits.guideLines})
    }
    if (kind === 'markdown' && cutHeading.test(line)) headingLines = 0
    if (kind !== 'front-matter' && ++headingLines > limits.headingLines) {
      return at(1, 'too-many-lines/heading', {line: headingLines, max: limits.headingLines})
    }
    if (line.length > limits.lineLength) {
      return at(limits.lineLength + 1, 'too-long-line', {length: line.length, max: limits.lineLength})
    }
    if (kind !== 'markdown') {
      paragraphMarks = 0
      return false
    }
    const depth = nestingDepth(line)
    if (depth.depth > limits.lineDepth) {
      return at(depth.column, 'too-deep/line', {depth: depth.depth, max: limits.lineDepth})
    }
    if (cutHeading.test(line)) headingItems = 0
    if (heading.test(line)) {
      if (++guideHeadings > limits.guideHeadings) {
        return at(line.indexOf('#') + 1, 'too-many-headings', {number: guideHeadings, max: limits.guideHeadings})
      }
    }
    for (const column of depth.markers) {
      if (++headingItems > limits.headingItems) {
        return at(column, 'too-many-items/heading', {number: headingItems, max: limits.headingItems})
      }
      if (++guideItems > limits.guideItems) {
        return at(column, 'too-many-items/guide', {number: guideItems, max: limits.guideItems})
      }
    }
    if (blockStart.test(line)) paragraphMarks = 0
    for (const mark of line.matchAll(marks)) {
      if (++paragraphMarks > limits.paragraphMarks) {
        return at(mark.index + 1, 'too-many-marks/block', {number: paragraphMarks, max: limits.paragraphMarks})
      }
      if (++guideMarks > limits.guideMarks) {
        return at(mark.index + 1, 'too-many-marks/guide', {number: guideMarks, max: limits.guideMarks})
      }
    }
    return false
  })
  return found
}

function tooLarge(text: string, bytes: number): LimitBreak {
  let total = 0
  let line = 0
  scanLines(text, (content, index) => {
    line = index + 1
    return (total += Buffer.byteLength(content, 'utf8') + 1) > limits.bytes
  })
  return {
    line,
    column: 1,
    ruleId: ruleIdOf('too-large'),
    finding: {message: 'too-large', params: {megabytes: (bytes / 1024 / 1024).toFixed(1), max: limits.bytes / 1024 / 1024}}
  }
}

/**
 * How deep the containers opened at the start of `line` nest: one level per
 * quote or list marker (with the space after it) and per two columns of
 * further indentation; the column where the depth passes the limit; and the
 * column of each list marker (each opens an item).
 */
function nestingDepth(line: string): {depth: number; column: number; markers: number[]} {
  const prefix = containerStart.exec(line)![0]
  let depth = 0
  let spaces = 0
  let column = 1
  const markers: number[] = []
  for (let index = 0; index < prefix.length; index++) {
    const char = prefix[index]!
    if (char === ' ' || char === '\t') {
      spaces += char === '\t' ? 4 : 1
      depth += Math.floor(spaces / 2)
      spaces %= 2
    } else if (char === '>' || char === '-' || char === '*' || char === '+' || char === '.' || char === ')') {
      depth++
      // An ordered list marker starts at its number.
      const start = char === '.' || char === ')' ? prefix.slice(0, index).search(/\d+$/) + 1 : index + 1
      if (char !== '>') markers.push(start)
      if (depth > limits.lineDepth && column === 1) column = start
      if (prefix[index + 1] === ' ') index++
      continue
    }
    if (depth > limits.lineDepth && column === 1) column = index + 1
  }
  return {depth, column, markers}
}


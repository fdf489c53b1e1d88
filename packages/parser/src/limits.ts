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
  ruleId: string
  reason: string
  hint: string
}

const marks = /[*_~[\]`<|]/g
// Quotes, indentation and list markers that open a container at a line's start.
const containerStart = /^(?:[ \t]|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/
// Lines that start a new block of text: list items, headings, and blank lines (in quotes too).
const blockStart = /^[ \t>]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|$)/
const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/
// A heading where the source is cut into pieces parsed apart (see split.ts).
const cutHeading = /^#{1,6}(?:[ \t]|$)/
const markNames = '`*`, `_`, `~`, `[`, `]`, `` ` ``, `<` and `|`'

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
    const at = (column: number, ruleId: string, reason: string, hint: string): true => {
      found = {line: index + 1, column, ruleId, reason, hint}
      return true
    }
    if (index >= limits.guideLines) {
      return at(1, 'too-many-lines', `Unexpected line number ${index + 1} in the guide, expected at most ${limits.guideLines}`, 'A guide this large is likely a mistake (a generated file?); split it into several guides.')
    }
    if (kind === 'markdown' && cutHeading.test(line)) headingLines = 0
    if (kind !== 'front-matter' && ++headingLines > limits.headingLines) {
      return at(1, 'too-many-lines', `Unexpected line number ${headingLines} under one heading, expected at most ${limits.headingLines}`, 'Split this text with headings (`####` groups or sections), or remove what was pasted by mistake.')
    }
    if (line.length > limits.lineLength) {
      return at(limits.lineLength + 1, 'too-long-line', `Unexpected line of ${line.length} characters, expected at most ${limits.lineLength}`, 'A line of an outline holds a topic or a question: break this text up, or remove what was pasted by mistake.')
    }
    if (kind !== 'markdown') {
      paragraphMarks = 0
      return false
    }
    const depth = nestingDepth(line)
    if (depth.depth > limits.lineDepth) {
      return at(depth.column, 'too-deep', `Unexpected nesting ${depth.depth} levels deep, expected at most ${limits.lineDepth}`, 'Outlines nest a few levels at most: flatten this part of the list.')
    }
    if (cutHeading.test(line)) headingItems = 0
    if (heading.test(line)) {
      if (++guideHeadings > limits.guideHeadings) {
        return at(line.indexOf('#') + 1, 'too-many-headings', `Unexpected heading number ${guideHeadings} in the guide, expected at most ${limits.guideHeadings}`, 'A guide this large is likely a mistake (a generated file?); split it into several guides.')
      }
    }
    for (const column of depth.markers) {
      if (++headingItems > limits.headingItems) {
        return at(column, 'too-many-items', `Unexpected list item number ${headingItems} under one heading, expected at most ${limits.headingItems}`, 'Split the list into several groups (`####` headings) or sections.')
      }
      if (++guideItems > limits.guideItems) {
        return at(column, 'too-many-items', `Unexpected list item number ${guideItems} in the guide, expected at most ${limits.guideItems}`, 'A guide this large is likely a mistake (a generated file?); split it into several guides.')
      }
    }
    if (blockStart.test(line)) paragraphMarks = 0
    for (const mark of line.matchAll(marks)) {
      if (++paragraphMarks > limits.paragraphMarks) {
        return at(mark.index + 1, 'too-many-marks', `Unexpected Markdown mark number ${paragraphMarks} in one block of text, expected at most ${limits.paragraphMarks} of ${markNames}`, 'Remove the extra marks, or escape the ones meant literally (`\\*`, `\\_`, `\\[`, `\\<`).')
      }
      if (++guideMarks > limits.guideMarks) {
        return at(mark.index + 1, 'too-many-marks', `Unexpected Markdown mark number ${guideMarks} in the guide, expected at most ${limits.guideMarks} of ${markNames}`, 'A guide this heavily formatted is likely a mistake (a generated file?); split it into several guides.')
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
    ruleId: 'too-large',
    reason: `Unexpected guide of ${(bytes / 1024 / 1024).toFixed(1)} MB, expected at most ${limits.bytes / 1024 / 1024} MB`,
    hint: 'A guide this large is likely a mistake (a pasted file?); split it into several guides.'
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


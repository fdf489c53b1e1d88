/**
 * What a line of the source is, as far as it can be told without parsing:
 * front matter, inside fenced code, inside an HTML block, or Markdown.
 * Opening and closing lines belong to their block.
 */
export type LineKind = 'front-matter' | 'code' | 'html' | 'markdown'

const fence = /^( {0,3})(`{3,}|~{3,})/
const listMarker = /^( {0,3})([-*+]|\d{1,9}[.)])( {1,4}(?! )| *$)/
// HTML blocks (CommonMark kinds 1-5) that run until an end marker, across
// blank lines and headings; the end marker counts only after the opener.
const rawHtml = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i
const markedHtml: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>']
]
// Other HTML blocks (kinds 6 and 7) run until a blank line. Taking every
// tag-like start as one errs towards seeing more HTML, which only means
// fewer places to cut the source.
const tagHtml = /^ {0,3}<\/?[A-Za-z]/

/**
 * Calls `onLine` with each line of `source` (LF line endings), its index,
 * its offset and its kind, in order. Stops when `onLine` returns true.
 */
export function scanLines(source: string, onLine: (line: string, index: number, offset: number, kind: LineKind) => boolean | void): void {
  let index = 0
  let offset = 0
  const frontEnd = frontMatterEnd(source)
  let fenceOpen: string | undefined
  /** Whether the open fence sits in a list item, which a less indented line ends (and the fence with it). */
  let fenceInItem = false
  let fenceIndent = 0
  // The last non-blank line indented 0, 1, 2 or 3 spaces: its index, and the
  // content column when it starts a list item (else -1).
  const lastAtIndent = [-1, -1, -1, -1].map(() => ({index: -1, content: -1}))
  let htmlEnd: string | undefined
  let htmlUntilBlank = false
  while (offset <= source.length) {
    const newline = source.indexOf('\n', offset)
    const end = newline === -1 ? source.length : newline
    const line = source.slice(offset, end)
    let kind: LineKind
    if (frontEnd !== -1 && offset <= frontEnd) {
      kind = 'front-matter'
    } else if (htmlEnd !== undefined) {
      kind = 'html'
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined
    } else if (htmlUntilBlank) {
      htmlUntilBlank = line.trim() !== ''
      kind = htmlUntilBlank ? 'html' : 'markdown'
    } else if (fenceOpen !== undefined && !(fenceInItem && line.trim() !== '' && indentOf(line) < fenceIndent)) {
      kind = 'code'
      const marker = fence.exec(line)?.[2]
      if (marker && marker[0] === fenceOpen[0] && marker.length >= fenceOpen.length && line.trim() === marker) fenceOpen = undefined
    } else {
      // A less indented line ends the item and the fence in it: it belongs to that
      // code block's end (an unclosed block ends where the next piece starts, not here).
      const endsItemFence = fenceOpen !== undefined
      fenceOpen = undefined
      kind = 'markdown'
      const opening = fence.exec(line)
      if (opening) {
        kind = 'code'
        fenceOpen = opening[2]!
        fenceIndent = opening[1]!.length
        fenceInItem = fenceIndent > 0 && inItem(lastAtIndent, fenceIndent)
      } else if (line.trimStart().startsWith('<')) {
        const opened = htmlOpening(line)
        if (opened !== undefined) {
          kind = 'html'
          if (opened === '') htmlUntilBlank = true
          else if (!line.toLowerCase().includes(opened, line.indexOf('<') + 2)) htmlEnd = opened
        }
      }
      const indent = indentOf(line)
      if (line.trim() !== '' && indent < 4) {
        const item = listMarker.exec(line)
        lastAtIndent[indent] = {index, content: item ? item[1]!.length + item[2]!.length + Math.max(1, item[3]!.length) : -1}
      }
      if (endsItemFence && kind === 'markdown') kind = 'code'
    }
    if (onLine(line, index, offset, kind) === true) return
    if (newline === -1) return
    offset = newline + 1
    index++
  }
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length
}

/**
 * Whether a fence indented `indent` (1-3) spaces sits in a list item: the
 * nearest line above it that is less indented starts an item whose content
 * begins at or before the fence. (A top-level fence may be indented too;
 * then a less indented line inside it is code, not the end of an item.)
 */
function inItem(lastAtIndent: readonly {index: number; content: number}[], indent: number): boolean {
  let nearest = {index: -1, content: -1}
  for (let k = 0; k < indent; k++) if (lastAtIndent[k]!.index > nearest.index) nearest = lastAtIndent[k]!
  return nearest.content !== -1 && nearest.content <= indent
}

/** Offset of the line closing the front matter, -1 without front matter. */
function frontMatterEnd(source: string): number {
  const open = /^---[ \t]*(?:\n|$)/.exec(source)
  if (!open) return -1
  const close = /^---[ \t]*$/m.exec(source.slice(open[0].length))
  return close ? open[0].length + close.index : -1
}

/** The end marker of the HTML block `line` opens, `''` for one ending at a blank line, undefined for none. */
function htmlOpening(line: string): string | undefined {
  const raw = rawHtml.exec(line)
  if (raw) return `</${raw[1]!.toLowerCase()}>`
  for (const [start, end] of markedHtml) if (start.test(line)) return end
  return tagHtml.test(line) ? '' : undefined
}

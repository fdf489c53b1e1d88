/** A piece of the source that starts at the beginning of a line. */
export interface Chunk {
  text: string
  /** Lines before the chunk in the whole source. */
  line: number
  /** Characters before the chunk in the whole source. */
  offset: number
}

const partHeading = /^ {0,3}##(?:[ \t]|$)/
const fence = /^( {0,3})(`{3,}|~{3,})/
// HTML blocks of these kinds run across blank lines and headings: with any
// of them, the source is parsed whole, as splitting could misread it.
const spanningHtml = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|script|pre|style|textarea)/i

/**
 * Cuts the source before each `##` heading that is not inside front matter
 * or fenced code, so each part parses on its own: micromark's cost grows
 * faster than the size of one document, and parts keep it linear. Returns
 * the whole source as one chunk when a construct could span a cut.
 */
export function splitAtParts(source: string): Chunk[] {
  const lines = source.split('\n')
  const chunks: Chunk[] = []
  let start = 0
  let startOffset = 0
  let offset = 0
  let open: string | undefined
  /** Indentation of the open fence's opening line. */
  let openIndent = 0
  let index = 0
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1)
    if (end === -1) return [{text: source, line: 0, offset: 0}]
    for (; index <= end; index++) offset += lines[index]!.length + 1
  }
  for (; index < lines.length; index++) {
    const line = lines[index]!
    if (spanningHtml.test(line)) return [{text: source, line: 0, offset: 0}]
    const match = fence.exec(line)
    const marker = match?.[2]
    if (open) {
      if (marker && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined
      // An indented fence may sit in a list item, which a less indented line ends (and the
      // fence with it), or at the top, where that line is code: only a whole parse can tell.
      else if (openIndent > 0 && line.trim() !== '' && /^ */.exec(line)![0].length < openIndent) return [{text: source, line: 0, offset: 0}]
    } else if (marker) {
      open = marker
      openIndent = match![1]!.length
    } else if (partHeading.test(line) && index > start) {
      chunks.push({text: source.slice(startOffset, offset), line: start, offset: startOffset})
      start = index
      startOffset = offset
    }
    offset += line.length + 1
  }
  chunks.push({text: source.slice(startOffset), line: start, offset: startOffset})
  return chunks
}

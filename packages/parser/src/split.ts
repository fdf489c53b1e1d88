import {scanLines} from './source-lines.js'

/** A piece of the source that starts at the beginning of a line. */
export interface Chunk {
  text: string
  /** Lines before the chunk in the whole source. */
  line: number
  /** Characters before the chunk in the whole source. */
  offset: number
}

// Only headings at the very start of a line: an indented one may belong to
// the list item above it.
const heading = /^#{1,6}(?:[ \t]|$)/
const partHeading = /^##(?:[ \t]|$)/
/** Lines a piece reaches before it is cut at any heading, not only at a part's. */
const pieceLines = 200

/**
 * Cuts the source before headings that start a line outside front matter,
 * fenced code and HTML blocks, so each piece parses on its own: micromark's
 * cost grows faster than the size of one document (with every list it
 * closes), and small pieces keep it linear. Such a heading closes every
 * open block, so the pieces' trees joined equal the whole one's. Cuts come
 * before each `##` part, and before any heading once a piece is long
 * (every parse has a fixed cost too).
 */
export function splitAtParts(source: string): Chunk[] {
  const chunks: Chunk[] = []
  let start = 0
  let startOffset = 0
  scanLines(source, (line, index, offset, kind) => {
    if (kind === 'markdown' && index > start && heading.test(line) && (index - start >= pieceLines || partHeading.test(line))) {
      chunks.push({text: source.slice(startOffset, offset), line: start, offset: startOffset})
      start = index
      startOffset = offset
    }
  })
  chunks.push({text: source.slice(startOffset), line: start, offset: startOffset})
  return chunks
}

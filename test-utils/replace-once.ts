/** What replaces the anchor: a string (taken literally) or a function of the matched text. */
export type Replacement = string | ((match: string) => string)

/**
 * Replaces the one occurrence of `anchor` in `text`, for tests that build
 * an input by editing a fixture. Throws, naming the anchor, when it is
 * absent or occurs more than once: a fixture edited under a test then fails
 * that test loudly, instead of leaving the input unchanged and the test
 * proving nothing. A string anchor and a string replacement are literal (no
 * `$&` patterns); a RegExp anchor needs no `g` flag.
 */
export function replaceOnce(text: string, anchor: string | RegExp, replacement: Replacement): string {
  const starts = occurrences(text, anchor)
  if (starts.length !== 1) {
    throw new Error(`Expected the anchor ${describe(anchor)} exactly once in the text, found it ${starts.length === 0 ? 'nowhere' : `${starts.length} times`}`)
  }
  const [{index, match}] = starts as [{index: number; match: string}]
  const value = typeof replacement === 'function' ? replacement(match) : replacement
  return text.slice(0, index) + value + text.slice(index + match.length)
}

/** Applies `replaceOnce` for each `[anchor, replacement]` pair, in order. */
export function replaceEach(text: string, edits: readonly (readonly [anchor: string | RegExp, replacement: Replacement])[]): string {
  return edits.reduce((result, [anchor, replacement]) => replaceOnce(result, anchor, replacement), text)
}

function occurrences(text: string, anchor: string | RegExp): {index: number; match: string}[] {
  if (typeof anchor === 'string') {
    if (anchor === '') throw new Error('Expected a non-empty anchor')
    const found: {index: number; match: string}[] = []
    for (let index = text.indexOf(anchor); index !== -1; index = text.indexOf(anchor, index + 1)) found.push({index, match: anchor})
    return found
  }
  const global = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : `${anchor.flags}g`)
  return [...text.matchAll(global)].filter((m) => m[0] !== '').map((m) => ({index: m.index, match: m[0]}))
}

function describe(anchor: string | RegExp): string {
  return typeof anchor === 'string' ? JSON.stringify(anchor) : String(anchor)
}

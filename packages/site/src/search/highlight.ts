// Marking what a query matched in a text, as `search` matches it. Pure, for
// the browser too: the search page marks its snippets, and the guide page
// (`highlight-page.js`) the element a result opens.
import {compact, find, normalize, queryForms} from './engine.js'

/**
 * Where the terms of `query` occur in `text`, as sorted, disjoint [start,
 * end) offsets into `text`: each term or its glossary synonyms whole, also
 * with its words joined otherwise (`kvcache` in `KV Cache`); failing that,
 * its script runs and CJK bigrams, as `search` matches them. The search page
 * marks snippets with it, and the guide page the section a result opens.
 */
export function highlight(text: string, query: string): [number, number][] {
  const normalized = normalize(text)
  const joined = compact(normalized.value)
  const ranges: [number, number][] = []
  const add = (from: number, length: number, offsets: readonly number[] = []) => {
    const [start, last] = offsets.length > 0 ? [offsets[from]!, offsets[from + length - 1]!] : [from, from + length - 1]
    ranges.push([normalized.offsets[start]!, endOf(text, normalized.offsets[last]!)])
  }
  const all = (haystack: string, needle: string, offsets?: readonly number[]) => {
    let found = false
    for (let at = find(haystack, needle); needle && at >= 0; at = find(haystack, needle, at + needle.length)) {
      add(at, needle.length, offsets)
      found = true
    }
    return found
  }
  for (const forms of queryForms(query)) {
    let found = false
    for (const {term} of forms) found = all(normalized.value, term.text) || found
    if (!found) for (const {term} of forms) if (term.latin.length > 0 && term.compact.length >= 4) found = all(joined.value, term.compact, joined.offsets) || found
    if (!found) {
      const term = forms[0]!.term
      for (const piece of term.runs.length > 1 ? term.runs : term.grams) all(normalized.value, piece)
    }
  }
  return merge(ranges)
}

/** The end (exclusive) of the code point at `at` of `text`. */
function endOf(text: string, at: number): number {
  const code = text.codePointAt(at)
  return at + (code !== undefined && code > 0xffff ? 2 : 1)
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = out.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else out.push([start, end])
  }
  return out
}

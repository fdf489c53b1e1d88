// Our own engine rather than pagefind, on recall. pagefind 1.6 indexes Chinese
// words with jieba but splits queries with Intl.Segmenter (Pagefind#1237).
// Measured in Node 20: Intl.Segmenter breaks 15 of the 30 Chinese queries of
// test/search.test.ts into single characters somewhere (缓存 -> 缓|存,
// 剪枝 -> 剪|枝, 多模态 -> 多|模|态), pieces a jieba index does not hold, so
// those queries risk finding nothing. Substrings and character bigrams need no
// segmenter, and this engine puts an expected section in the top 3 for every
// query of that test. A version is a few dozen documents: a scan is enough.
//
// Pure functions only (no Node or DOM APIs): the browser loads this file as
// `engine.js`, beside `glossary.js`.
import {glossary} from './glossary.js'
import {highlight} from './highlight.js'

/** One searchable block of a guide version: a section, a code block, the rubric, the advice or the references. */
export interface SearchDocument {
  /** Anchor on the full guide page, e.g. `sec-1.1` (or `t-<item id>` for a code block). */
  id: string
  /** Heading as shown, e.g. `1.1 Transformer架构核心机制`. */
  title: string
  /** Title of the section's part; empty outside the parts. */
  part: string
  /** Plain text that is searched and quoted in snippets. */
  text: string
  /** Link relative to the version folder, e.g. `./#sec-1.1`. */
  href: string
  /**
   * Where `text` moves to another element of the page (an item `t-…`, a group
   * `g-…`, a criterion), from offset `at` on; before the first, the
   * document's own anchor. A hit links to the element its match is in.
   */
  anchors?: {at: number; id: string}[]
}

/** A match, best first in `search`'s answer. */
export interface SearchResult {
  /** The document's id. */
  id: string
  title: string
  /** Link to the element holding the first match (an item, when the match is in one), relative to the version folder. */
  href: string
  /** Relevance; only comparable within one query. */
  score: number
  /** Part of the document's text around the first match. */
  snippet: string
  /** The matched terms in `snippet`, as [start, end) offsets, for `<mark>`. */
  marks: [number, number][]
}

/** Normalised text, with the index in the original text of each UTF-16 unit. */
export interface NormalizedText {
  value: string
  offsets: number[]
}

/** Documents with their normalised text, built once by `createIndex`. */
export interface SearchIndex {
  readonly entries: readonly {document: SearchDocument; title: string; part: string; text: NormalizedText; all: string; compact: {title: string; text: NormalizedText}}[]
}

const weights = {title: 8, part: 1, text: 3, repeat: 0.5, phrase: 3, synonym: 0.9, runs: 0.8, bigrams: 0.6, compact: 0.9}
/** Share of a CJK term's bigrams a document must hold when the term is not found whole. */
const minShare = 0.6
const snippetBefore = 20
const snippetLength = 90
const scripts = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const cjk = new RegExp(`[${scripts}]`, 'u')
const scriptRuns = new RegExp(`[${scripts}]+|[^\\s${scripts}]+`, 'gu')
const wordChar = /[\p{L}\p{N}]/u

/**
 * NFKC (which also turns full-width letters, digits and spaces half-width),
 * lower case and collapsed whitespace, done per code point so that every
 * unit of the result maps back to the original text for snippets.
 */
export function normalize(text: string): NormalizedText {
  let value = ''
  const offsets: number[] = []
  let space = false
  let index = 0
  for (const char of text.normalize('NFC')) {
    for (const part of char.normalize('NFKC').toLowerCase()) {
      if (/\s/u.test(part)) space = value.length > 0
      else {
        if (space) {
          value += ' '
          offsets.push(index)
          space = false
        }
        value += part
        for (let i = 0; i < part.length; i++) offsets.push(index)
      }
    }
    index += char.length
  }
  return {value, offsets}
}

/** Spaces, hyphens and underscores, which Latin terms are written with or without (`KV Cache`, `kvcache`, `kv-cache`). */
const joiners = /[\s\-_]/u

/**
 * Normalised text without joiners, so that a term matches however its words
 * are joined; `offsets` index into the normalised text it came from.
 */
export function compact(text: string): NormalizedText {
  let value = ''
  const offsets: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (joiners.test(text[i]!)) continue
    value += text[i]
    offsets.push(i)
  }
  return {value, offsets}
}

/** Builds the index: the normalised title, part and text of every document, and their compact forms. */
export function createIndex(documents: readonly SearchDocument[]): SearchIndex {
  return {
    entries: documents.map((document) => {
      const [title, part, text] = [normalize(document.title).value, normalize(document.part).value, normalize(document.text)]
      return {document, title, part, text, all: `${title} ${part} ${text.value}`, compact: {title: compact(title).value, text: compact(text.value)}}
    })
  }
}

/**
 * The documents matching every term of `query` (split on whitespace), best
 * first; ties keep document order, so answers are deterministic.
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const normalized = normalize(query).value
  const terms = queryTerms(normalized).map(alternatives)
  if (terms.length === 0) return []
  const results: SearchResult[] = []
  for (const entry of index.entries) {
    let score = 0
    let first = -1
    let matched = true
    for (const term of terms) {
      const best = term.map((alt) => scoreTerm(alt.term, entry, alt.weight)).reduce((a, b) => (b.score > a.score ? b : a))
      if (best.score === 0) {
        matched = false
        break
      }
      score += best.score
      if (best.at >= 0 && (first < 0 || best.at < first)) first = best.at
    }
    if (!matched) continue
    if (terms.length > 1 && find(entry.title, normalized) >= 0) score += weights.phrase * 2
    else if (terms.length > 1 && find(entry.text.value, normalized) >= 0) score += weights.phrase
    const {id, title} = entry.document
    const at = first < 0 ? -1 : (entry.text.offsets[first] ?? -1)
    const text = snippet(entry.document.text, entry.text, first)
    results.push({id, title, href: `./#${anchorAt(entry.document, at)}`, score: Math.round(score * 1000) / 1000, snippet: text, marks: highlight(text, query)})
  }
  return results.sort((a, b) => b.score - a.score).slice(0, limit)
}

type Entry = SearchIndex['entries'][number]
export interface Term {
  text: string
  /** `text` without joiners. */
  compact: string
  runs: string[]
  latin: string[]
  grams: string[]
}
interface Match {
  quality: number
  at: number
  count: number
}
const none: Match = {quality: 0, at: -1, count: 0}

/** A term's score in one document, and where its text match starts. */
function scoreTerm(term: Term, entry: Entry, weight: number): {score: number; at: number} {
  const [title, part, text] = [matchIn(term, entry.title), matchIn(term, entry.part), matchIn(term, entry.text.value)]
  let score = weights.title * title.quality + weights.part * part.quality + weights.text * text.quality
  if (text.quality === 1) score += weights.repeat * Math.min(text.count - 1, 4)
  if (score > 0) return {score: score * weight, at: text.at}
  // Latin words joined otherwise: `kvcache` for `KV Cache`.
  if (term.latin.length > 0 && term.compact.length >= 4) {
    const inText = find(entry.compact.text.value, term.compact)
    const inTitle = find(entry.compact.title, term.compact) >= 0
    if (inText >= 0 || inTitle) {
      const at = inText >= 0 ? (entry.compact.text.offsets[inText] ?? -1) : -1
      return {score: weights.compact * (weights.title * Number(inTitle) + weights.text * Number(inText >= 0)) * weight, at}
    }
  }
  // Bigrams may be spread over title and text together.
  return {score: weights.text * matchIn(term, entry.all).quality * weight, at: -1}
}

/** Whole term first; else all its script runs; else a high share of its CJK bigrams. */
function matchIn(term: Term, text: string): Match {
  const at = find(text, term.text)
  if (at >= 0) {
    let count = 1
    for (let next = find(text, term.text, at + 1); next >= 0; next = find(text, term.text, next + 1)) count++
    return {quality: 1, at, count}
  }
  const runs = term.runs.map((run) => find(text, run))
  if (runs.length > 1 && runs.every((p) => p >= 0)) return {quality: weights.runs, at: Math.min(...runs), count: 1}
  if (term.grams.length === 0 || term.latin.some((run) => find(text, run) < 0)) return none
  const found = term.grams.map((gram) => text.indexOf(gram)).filter((p) => p >= 0)
  const share = found.length / term.grams.length
  return share >= minShare ? {quality: weights.bigrams * share, at: Math.min(...found), count: 1} : none
}

/** Where `term` occurs from `from`; a short Latin term only where a word starts ("rl" is not in "url"). */
export function find(text: string, term: string, from = 0): number {
  const wordStart = term.length <= 3 && isWord(term[0])
  for (let at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
    if (!wordStart || !isWord(text[at - 1])) return at
  }
  return -1
}

function isWord(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char) && !cjk.test(char)
}

/** Splits a query on whitespace, keeping the glossary's multi-word terms ("tensor parallel") whole. */
function queryTerms(query: string): string[] {
  let rest = ` ${query} `
  const terms: string[] = []
  for (const phrase of phrases) {
    const at = rest.indexOf(` ${phrase} `)
    if (at < 0) continue
    terms.push(phrase)
    rest = rest.slice(0, at) + rest.slice(at + phrase.length + 1)
  }
  return [...new Set([...terms, ...rest.split(' ').filter((word) => wordChar.test(word))])]
}

const groups = glossary.map((group) => group.map((form) => normalize(form).value))
const phrases = groups.flat().filter((form) => form.includes(' ')).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

/** The terms of a query, each with its glossary alternatives, as `search` looks them up. */
export function queryForms(query: string): {term: Term; weight: number}[][] {
  return queryTerms(normalize(query).value).map(alternatives)
}

/** The term and, for each glossary form in it, the term with that form's synonyms in its place. */
function alternatives(word: string): {term: Term; weight: number}[] {
  const found = new Map([[word, 1]])
  for (const group of groups) {
    for (const form of group) {
      const at = word.indexOf(form)
      if (at < 0 || (isWord(word[at - 1]) && isWord(form[0])) || (isWord(word[at + form.length]) && isWord(form.at(-1)))) continue
      for (const other of group) {
        const text = join(join(word.slice(0, at), other), word.slice(at + form.length))
        if (!found.has(text)) found.set(text, weights.synonym)
      }
    }
  }
  return [...found].map(([text, weight]) => ({term: termOf(text), weight}))
}

function join(a: string, b: string): string {
  return isWord(a.at(-1)) && isWord(b[0]) ? `${a} ${b}` : a + b
}

function termOf(text: string): Term {
  const runs = (text.match(scriptRuns) ?? []).filter((run) => wordChar.test(run))
  const grams: string[] = []
  for (const run of runs.filter((r) => cjk.test(r))) {
    const chars = Array.from(run)
    if (chars.length === 1) grams.push(run)
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!)
  }
  return {text, compact: compact(text).value, runs, latin: runs.filter((r) => !cjk.test(r)), grams}
}

/** The original text around normalised position `at`, from the start of its word or item. */
function snippet(original: string, text: NormalizedText, at: number): string {
  const match = at < 0 ? 0 : (text.offsets[at] ?? 0)
  let start = Math.max(0, match - snippetBefore)
  const space = original.lastIndexOf(' ', match - 1)
  if (space >= start) start = space + 1
  if (/[\uDC00-\uDFFF]/.test(original[start] ?? '')) start--
  let end = Math.min(original.length, start + snippetLength)
  if (/[\uD800-\uDBFF]/.test(original[end - 1] ?? '')) end++
  return `${start > 0 ? '…' : ''}${original.slice(start, end).trim()}${end < original.length ? '…' : ''}`
}

/** The anchor of the element holding offset `at` of a document's text (-1: the document's own). */
function anchorAt(document: SearchDocument, at: number): string {
  let id = document.id
  for (const mark of document.anchors ?? []) {
    if (mark.at > at) break
    id = mark.id
  }
  return at < 0 ? document.id : id
}

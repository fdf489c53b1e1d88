import type {Element} from 'hast'
import type {State} from './state.js'
import type {Strings} from './strings.js'

/**
 * Pieces of pages already rendered, reused by later pages of the same guide
 * objects (see `createRenderMemo`). Opaque: pass it as `RenderOptions.memo`.
 */
export interface RenderMemo {
  readonly kind: 'render-memo'
}

interface Memo extends RenderMemo {
  /** Built pieces by the guide node they render, then by what else they depend on. */
  pieces: WeakMap<object, Map<string, Element[]>>
  /** Every element a piece holds, with its HTML once serialized. */
  html: WeakMap<Element, string | undefined>
  /** The link URLs inside a guide node. */
  urls: WeakMap<object, string[]>
  /** A number per strings catalogue, for keys. */
  catalogues: Map<Strings, number>
}

/**
 * A memo for rendering many pages of the same guides: the parts, sections
 * and item lists each page shares with the others (and the interview page's
 * sections and scoring) are built and serialized once, and `render` gives the same bytes as without
 * it. A piece is reused for the same guide node (by identity) rendered in
 * the same language with the same `linkHref` results for its links, while
 * the default handlers render it. So the guides must not change while a
 * memo is in use, and `linkHref` must give the same answer for the same URL
 * on the same page. The tree of `renderTree` then shares those pieces
 * between pages: do not change it.
 */
export function createRenderMemo(): RenderMemo {
  const memo: Memo = {kind: 'render-memo', pieces: new WeakMap(), html: new WeakMap(), urls: new WeakMap(), catalogues: new Map()}
  return memo
}

/**
 * The elements `build` makes for `node`, from the page's memo when a page
 * rendered them before; `pure` says whether only default handlers take
 * part (an override may depend on the page, so it is not memoized), and
 * `extra` is everything else besides `node` they depend on (language and
 * links apart).
 */
export function memoized(state: State, kind: string, node: object, pure: boolean, build: () => Element[], extra = ''): Element[] {
  const memo = state.options.memo as Memo | undefined
  if (!memo || !pure) return build()
  const key = `${kind}\u0000${extra}\u0000${catalogueNumber(memo, state.strings)}\u0000${hrefsKey(memo, state, node)}`
  let byKey = memo.pieces.get(node)
  if (!byKey) memo.pieces.set(node, (byKey = new Map()))
  const hit = byKey.get(key)
  if (hit) return [...hit]
  const built = build()
  for (const element of built) memo.html.set(element, undefined)
  byKey.set(key, built)
  return [...built]
}

/** Where the memo keeps the HTML of its pieces, for `serialize`. */
export function memoPieces(memo: RenderMemo): WeakMap<Element, string | undefined> {
  return (memo as Memo).html
}

function catalogueNumber(memo: Memo, strings: Strings): number {
  let number = memo.catalogues.get(strings)
  if (number === undefined) memo.catalogues.set(strings, (number = memo.catalogues.size))
  return number
}

/** What the page's `linkHref` makes of each link inside `node`. */
function hrefsKey(memo: Memo, state: State, node: object): string {
  const linkHref = state.options.linkHref
  if (!linkHref) return ''
  let urls = memo.urls.get(node)
  if (!urls) memo.urls.set(node, (urls = linkUrls(node)))
  return urls.map((url) => {
    const href = linkHref(url)
    return href === null ? '\u0001' : href === undefined ? '\u0002' : `\u0003${href}`
  }).join('\u0000')
}

/** The `url` of every link node anywhere inside `node`, as the inline renderer reads it. */
function linkUrls(node: object): string[] {
  const urls: string[] = []
  const seen = new Set<object>()
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry)
      return
    }
    const record = value as Record<string, unknown>
    if (record.type === 'link') urls.push(String(record.url))
    for (const key of Object.keys(record)) visit(record[key])
  }
  visit(node)
  return urls
}

// The guide page's script, loaded as a module from `assets/search/highlight-page.js`:
// after a search result (`?hl=<query>#<anchor>`), it marks the query's terms
// in the element the link lands on (an item, a group or a section) with
// `<mark>`. Without it, or without `hl`, the page is unchanged.
import {highlight} from './highlight.js'

/** The text nodes under `root`, in document order, with their offsets in the joined text. */
function textNodes(root: Element): {node: Text; at: number}[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: {node: Text; at: number}[] = []
  let at = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({node: node as Text, at})
    at += (node as Text).data.length
  }
  return nodes
}

/** Wraps each range of the joined text of `root` in `<mark>`, node by node (a match may span elements). */
function mark(root: Element, query: string): number {
  const nodes = textNodes(root)
  const ranges = highlight(nodes.map((n) => n.node.data).join(''), query)
  // From the last range backwards, so splitting a node keeps the offsets of those before it.
  for (const [start, end] of [...ranges].reverse()) {
    for (const {node, at} of [...nodes].reverse()) {
      const from = Math.max(start, at)
      const to = Math.min(end, at + node.data.length)
      if (from >= to) continue
      const piece = node.splitText(from - at)
      piece.splitText(to - from)
      const wrap = document.createElement('mark')
      piece.replaceWith(wrap)
      wrap.append(piece)
    }
  }
  return ranges.length
}

function start(): void {
  const query = new URL(location.href).searchParams.get('hl')?.trim()
  const id = decodeURIComponent(location.hash.slice(1))
  const target = id ? document.getElementById(id) : null
  if (!query || !target) return
  target.classList.add('search-target')
  mark(target, query)
}

start()

import type {Element, ElementContent, Properties, Root, RootContent, Text} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'

/** Phrasing elements: kept on their parent's line, as text is. */
const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins',
  'kbd', 'label', 'mark', 'output', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'
])
/** Elements whose content is printed exactly as it is (whitespace matters there). */
const verbatim = new Set(['pre', 'textarea', 'script', 'style'])

type Node = Root | RootContent

const isInline = (node: Node): boolean =>
  node.type === 'text' || node.type === 'comment' || (node.type === 'element' && phrasing.has(node.tagName) && node.children.every(isInline))

const isBlank = (node: Node) => node.type === 'text' && !/\S/.test(node.value)

const text = (value: string): Text => ({type: 'text', value})

function sortProperties(properties: Properties): Properties {
  return Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Sorts the attributes of `node` and of every element inside it. */
function sortAll(node: Node): void {
  if (node.type === 'element') node.properties = sortProperties(node.properties)
  if ('children' in node) for (const child of node.children) sortAll(child)
}

/**
 * Lays `parent` out one block element per line, indented by depth: a run
 * of text and phrasing elements stays on one line, and an element holding
 * nothing else is one line. Whitespace-only text between blocks is dropped.
 */
function layout(parent: Element, depth: number): void {
  parent.properties = sortProperties(parent.properties)
  if (verbatim.has(parent.tagName) || parent.children.every(isInline)) {
    for (const child of parent.children) sortAll(child)
    return
  }
  const indent = (d: number) => text('\n' + '  '.repeat(d))
  const children: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    while (run[0] && isBlank(run[0])) run.shift()
    while (run.at(-1) && isBlank(run.at(-1)!)) run.pop()
    // A run's own text beside a block (an item's text before its sub-list)
    // loses the line break and indent a pretty form put around it.
    const first = run[0]
    if (first?.type === 'text') run[0] = text(first.value.trimStart())
    const last = run.at(-1)
    if (last?.type === 'text') run[run.length - 1] = text(last.value.trimEnd())
    if (run.length > 0) {
      for (const node of run) sortAll(node)
      children.push(indent(depth + 1), ...run)
    }
    run = []
  }
  for (const child of parent.children) {
    if (isInline(child)) run.push(child)
    else {
      flush()
      if (child.type === 'element') layout(child, depth + 1)
      children.push(indent(depth + 1), child)
    }
  }
  flush()
  children.push(indent(depth))
  parent.children = children
}

/**
 * `html` re-serialised for review: one block element per line, indented,
 * attributes in a stable (sorted) order. The renderer's output itself is
 * one line; goldens hold this form so that their diffs can be read.
 */
export function prettyHtml(html: string): string {
  const tree = fromHtml(html)
  const lines = tree.children.filter((node) => !isBlank(node)).map((node) => {
    if (node.type === 'element') layout(node, 0)
    return toHtml(node)
  })
  return lines.join('\n') + '\n'
}

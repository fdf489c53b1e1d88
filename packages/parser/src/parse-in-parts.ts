import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node} from 'unist'
import {splitAtParts} from './split.js'
import {walk} from './walk.js'

/** The Markdown syntax of guides: CommonMark, GFM and YAML front matter. */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/**
 * Trees of recently parsed parts, by their text: re-parsing a guide after a
 * one-line edit (the live preview) parses only the part that changed.
 * Bounded, oldest dropped first; trees are copied out, never shared.
 */
const recentParts = new Map<string, Root>()
const recentLimit = 256

function parsePart(text: string, reuse: boolean): Root {
  if (!reuse) return markdownProcessor.parse(text)
  const cached = recentParts.get(text)
  if (cached) return structuredClone(cached)
  const tree = markdownProcessor.parse(text)
  if (text.length < 64 * 1024) {
    recentParts.set(text, structuredClone(tree))
    if (recentParts.size > recentLimit) recentParts.delete(recentParts.keys().next().value!)
  }
  return tree
}

/**
 * Parses the source part by part (see `splitAtParts`) and joins the trees
 * (with `reuse`, taking unchanged parts from recent parses),
 * moving every position by where its part starts, so the tree equals the
 * one a whole parse gives.
 */
export function parseInParts(source: string, reuse = false): Root {
  const chunks = splitAtParts(source)
  const root: Root = {type: 'root', children: []}
  for (const chunk of chunks) {
    const tree = parsePart(chunk.text, reuse)
    if (chunk.line > 0 || chunk.offset > 0) {
      walk(tree as Node, (node: Node) => {
        const position = node.position
        if (!position) return
        position.start.line += chunk.line
        position.end.line += chunk.line
        if (position.start.offset !== undefined) position.start.offset += chunk.offset
        if (position.end.offset !== undefined) position.end.offset += chunk.offset
      })
    }
    for (const child of tree.children) root.children.push(child)
  }
  const end = source.split('\n')
  root.position = {start: {line: 1, column: 1, offset: 0}, end: {line: end.length, column: end.at(-1)!.length + 1, offset: source.length}}
  return root
}

import type {Nodes} from 'mdast'
import type {VFile} from 'vfile'
import {clip} from './inlines.js'
import {report} from './report.js'

const names: Record<string, string> = {
  blockquote: 'block quote',
  code: 'code block',
  definition: 'link definition',
  footnoteDefinition: 'footnote definition',
  heading: 'heading',
  html: 'raw HTML',
  list: 'list',
  paragraph: 'paragraph',
  table: 'table',
  thematicBreak: 'rule (`---`)',
  yaml: 'front matter'
}

/** A readable name for a kind of Markdown node. */
export function describeNode(node: Nodes): string {
  if (node.type === 'heading') return `level ${node.depth} heading`
  if (node.type === 'html') return `raw HTML \`${clip(node.value)}\``
  return names[node.type] ?? `\`${node.type}\``
}

/**
 * Reports content the model has no place for, so nothing is dropped silently.
 * `context` completes "Unexpected <node> ...", e.g. "in a list item, expected ...".
 */
export function reportUnexpected(node: Nodes, file: VFile, context: string, hint?: string): void {
  const isHtml = node.type === 'html'
  report(file, {
    ruleId: isHtml ? 'no-html' : 'unexpected-content',
    reason: `Unexpected ${describeNode(node)} ${context}`,
    hint: isHtml
      ? 'Write it with Markdown instead of HTML, or escape the `<` as `\\<`.'
      : (hint ?? 'Move it to a place the outline has for it, or remove it (the guide format is described in packages/parser/README.md).'),
    place: node.position
  })
}

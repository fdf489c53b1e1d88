import {allowedSchemes, unsafeScheme, type Inline} from '@org/llm-interview-schema'
import type {Html, PhrasingContent} from 'mdast'
import type {VFile} from 'vfile'
import {limits} from './limits.js'
import {report} from './report.js'

/**
 * Converts mdast phrasing content to the model's inline nodes. Raw HTML,
 * unsafe URLs and constructs the model has no place for (images, reference
 * links, footnotes) are reported as errors at their position and left out.
 */
export function toInlines(nodes: readonly PhrasingContent[], file: VFile, depth = 0): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    const inline = toInline(node, file, depth)
    if (inline) result.push(inline)
  }
  return result
}

function toInline(node: PhrasingContent, file: VFile, depth: number): Inline | undefined {
  if (depth > limits.inlineDepth && 'children' in node) {
    report(file, {
      ruleId: 'too-deep',
      reason: `Unexpected formatting nested ${depth} levels deep, expected at most ${limits.inlineDepth}`,
      hint: 'Remove the extra `*`, `_` or `~` around this text.',
      place: node.position
    })
    return undefined
  }
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return {type: node.type, value: node.value}
    case 'break':
      return {type: 'break'}
    case 'strong':
    case 'emphasis':
    case 'delete':
      return {type: node.type, children: toInlines(node.children, file, depth + 1)}
    case 'link': {
      const scheme = unsafeScheme(node.url)
      if (scheme !== undefined) {
        report(file, {
          ruleId: 'unsafe-url',
          reason: `Unexpected URL scheme \`${scheme}:\`, expected ${allowedSchemes.map((s) => `\`${s}:\``).join(', ')} or a relative URL`,
          hint: 'Link only to web pages (https://...) or e-mail addresses; scripts and embedded data are not allowed.',
          place: node.position
        })
        return undefined
      }
      const link: Inline = {type: 'link', url: node.url, children: toInlines(node.children, file, depth + 1)}
      if (node.title) link.title = node.title
      return link
    }
    case 'html':
      reportInlineHtml(node, file)
      return undefined
    default:
      report(file, {
        ruleId: 'unsupported-content',
        reason: `Unexpected ${describeInline(node.type)}, expected text, formatting, code or a link`,
        hint: hintFor(node.type),
        place: node.position
      })
      return undefined
  }
}

/** Reports inline raw HTML, which guides never keep. */
export function reportInlineHtml(node: Html, file: VFile): void {
  report(file, {
    ruleId: 'no-html',
    reason: `Unexpected raw HTML \`${clip(node.value)}\`, expected Markdown`,
    hint: 'Write it with Markdown (**bold**, *italic*, `code`, [link](https://...)) or escape the `<` as `\\<`.',
    place: node.position
  })
}

function describeInline(type: string): string {
  switch (type) {
    case 'image':
    case 'imageReference':
      return 'image'
    case 'linkReference':
      return 'reference-style link'
    case 'footnoteReference':
      return 'footnote reference'
    default:
      return `\`${type}\``
  }
}

function hintFor(type: string): string {
  if (type === 'linkReference') return 'Write the link inline: [text](https://...). If the brackets are meant literally, escape them as \\[ and \\].'
  if (type === 'footnoteReference') return 'Guides have no footnotes: move the note into the item text.'
  return 'Guides carry text only: describe the image in words or link to it: [描述](https://...).'
}

/** The first line of raw HTML, shortened for a message. */
export function clip(value: string): string {
  const line = value.split('\n')[0] ?? ''
  return line.length > 40 ? `${line.slice(0, 40)}…` : line
}

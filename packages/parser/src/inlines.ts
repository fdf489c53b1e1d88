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
      message: 'too-deep/inline',
      params: {depth, max: limits.inlineDepth},
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
          message: 'unsafe-url',
          params: {scheme, allowed: allowedSchemes},
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
      reportUnsupported(node, file)
      return undefined
  }
}

/** Reports inline raw HTML, which guides never keep. */
export function reportInlineHtml(node: Html, file: VFile): void {
  report(file, {
    message: 'no-html/inline',
    params: {html: clip(node.value)},
    place: node.position
  })
}

function reportUnsupported(node: PhrasingContent, file: VFile): void {
  const place = node.position
  switch (node.type) {
    case 'image':
    case 'imageReference':
      return report(file, {message: 'unsupported-content/image', place})
    case 'linkReference':
      return report(file, {message: 'unsupported-content/link-reference', place})
    case 'footnoteReference':
      return report(file, {message: 'unsupported-content/footnote-reference', place})
    default:
      return report(file, {message: 'unsupported-content/other', params: {type: node.type}, place})
  }
}

/** The first line of raw HTML, shortened for a message. */
export function clip(value: string): string {
  const line = value.split('\n')[0] ?? ''
  return line.length > 40 ? `${line.slice(0, 40)}…` : line
}

import type {Inline, RichText} from '@org/llm-interview-schema'
import type {ElementContent, Root} from 'hast'
import {sanitize, type Schema} from 'hast-util-sanitize'
import {h} from 'hastscript'

/**
 * What inline content may become: formatting, code, line breaks and links
 * to http(s), mailto or relative URLs. Everything else is removed, whatever
 * the guide JSON holds.
 */
const inlineSchema: Schema = {
  tagNames: ['a', 'br', 'code', 'del', 'em', 'strong'],
  attributes: {a: ['href', 'title']},
  protocols: {href: ['http', 'https', 'mailto']},
  ancestors: {},
  clobberPrefix: '',
  strip: ['script', 'style']
}

/** Inline nodes as sanitized hast. */
export function inlinesToHast(inlines: readonly Inline[]): ElementContent[] {
  const root: Root = {type: 'root', children: inlines.flatMap(toHast)}
  return (sanitize(root, inlineSchema) as Root).children as ElementContent[]
}

/** A paragraph's inlines as sanitized hast. */
export function richText(text: RichText): ElementContent[] {
  return inlinesToHast(text.inlines)
}

function toHast(node: Inline): ElementContent[] {
  // Untrusted input: anything not of the expected shape renders as nothing.
  if (typeof node !== 'object' || node === null) return []
  switch (node.type) {
    case 'text':
      return [{type: 'text', value: String(node.value)}]
    case 'inlineCode':
      return [h('code', String(node.value))]
    case 'break':
      return [h('br')]
    case 'strong':
      return [h('strong', children(node.children))]
    case 'emphasis':
      return [h('em', children(node.children))]
    case 'delete':
      return [h('del', children(node.children))]
    case 'link':
      return [h('a', {href: String(node.url), title: node.title}, children(node.children))]
    default:
      return []
  }
}

function children(nodes: unknown): ElementContent[] {
  return Array.isArray(nodes) ? (nodes as Inline[]).flatMap(toHast) : []
}

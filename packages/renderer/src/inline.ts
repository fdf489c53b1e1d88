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

/** How inline content is rendered. */
export interface InlineOptions {
  /**
   * Where a link goes: called with each link's `url` as the guide holds it,
   * returns the `href` to use instead, `null` to render the link's text
   * without a link (a target that is not published), or `undefined` to keep
   * the URL. The returned `href` is sanitized like any other.
   */
  linkHref?: (url: string) => string | null | undefined
}

/** Inline nodes as sanitized hast. */
export function inlinesToHast(inlines: readonly Inline[], options: InlineOptions = {}): ElementContent[] {
  const root: Root = {type: 'root', children: inlines.flatMap((node) => toHast(node, options))}
  return (sanitize(root, inlineSchema) as Root).children as ElementContent[]
}

/** A paragraph's inlines as sanitized hast. */
export function richText(text: RichText, options: InlineOptions = {}): ElementContent[] {
  return inlinesToHast(text.inlines, options)
}

function toHast(node: Inline, options: InlineOptions): ElementContent[] {
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
      return [h('strong', children(node.children, options))]
    case 'emphasis':
      return [h('em', children(node.children, options))]
    case 'delete':
      return [h('del', children(node.children, options))]
    case 'link': {
      const url = String(node.url)
      const href = options.linkHref ? options.linkHref(url) : undefined
      if (href === null) return children(node.children, options)
      return [h('a', {href: href ?? url, title: node.title}, children(node.children, options))]
    }
    default:
      return []
  }
}

function children(nodes: unknown, options: InlineOptions): ElementContent[] {
  return Array.isArray(nodes) ? (nodes as Inline[]).flatMap((node) => toHast(node, options)) : []
}

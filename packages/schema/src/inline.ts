import {z} from 'zod'

/**
 * Inline content with its formatting kept: a safe subset of mdast phrasing
 * content. There is no raw HTML node; renderers still sanitize URLs.
 */
export type Inline =
  | {type: 'text'; value: string}
  | {type: 'inlineCode'; value: string}
  | {type: 'break'}
  | {type: 'strong' | 'emphasis' | 'delete'; children: Inline[]}
  | {type: 'link'; url: string; title?: string; children: Inline[]}

const children = (): z.ZodArray<z.ZodType<Inline>> => z.array(InlineSchema)

/** Plain text. */
export const TextSchema = z.object({
  /** Node kind. */
  type: z.literal('text').describe('Node kind.'),
  /** The text, with Markdown escapes resolved. */
  value: z.string().describe('The text, with Markdown escapes resolved.')
})

/** Code inside a sentence (`` `x` ``). */
export const InlineCodeSchema = z.object({
  /** Node kind. */
  type: z.literal('inlineCode').describe('Node kind.'),
  /** The code, verbatim. */
  value: z.string().describe('The code, verbatim.')
})

/** A hard line break inside a paragraph. */
export const BreakSchema = z.object({
  /** Node kind. */
  type: z.literal('break').describe('Node kind.')
})

/** Bold (`strong`), italic (`emphasis`) or struck-through (`delete`) text. */
export const FormattingSchema = z.object({
  /** Node kind. */
  type: z.enum(['strong', 'emphasis', 'delete']).describe('Node kind.'),
  /** The formatted content. */
  get children() {
    return children().describe('The formatted content.')
  }
})

/** A hyperlink. */
export const LinkSchema = z.object({
  /** Node kind. */
  type: z.literal('link').describe('Node kind.'),
  /** Target: an http(s) or mailto URL, or a relative or fragment URL. */
  url: z.string().describe('Target: an http(s) or mailto URL, or a relative or fragment URL.'),
  /** Advisory title (`[a](url "title")`); absent when not written. */
  title: z.string().optional().describe('Advisory title (`[a](url "title")`); absent when not written.'),
  /** The link text. */
  get children() {
    return children().describe('The link text.')
  }
})

/** One piece of inline content. */
export const InlineSchema: z.ZodType<Inline> = z
  .union([TextSchema, InlineCodeSchema, BreakSchema, FormattingSchema, LinkSchema])
  .meta({id: 'Inline'})

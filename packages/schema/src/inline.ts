import {z} from 'zod'

/** Plain text. */
export interface InlineText {
  /** Node kind. */
  type: 'text'
  /** The text, with Markdown escapes resolved. */
  value: string
}

/** Code inside a sentence (`` `x` ``). */
export interface InlineCode {
  /** Node kind. */
  type: 'inlineCode'
  /** The code, verbatim. */
  value: string
}

/** A hard line break inside a paragraph. */
export interface InlineBreak {
  /** Node kind. */
  type: 'break'
}

/** Bold (`strong`), italic (`emphasis`) or struck-through (`delete`) text. */
export interface InlineFormatting {
  /** Node kind. */
  type: 'strong' | 'emphasis' | 'delete'
  /** The formatted content. */
  children: Inline[]
}

/** A hyperlink. */
export interface InlineLink {
  /** Node kind. */
  type: 'link'
  /** Target: an http(s) or mailto URL, or a relative or fragment URL (`checkGuide` holds this). */
  url: string
  /** Advisory title (`[a](url "title")`); absent when not written. */
  title?: string
  /** The link text. */
  children: Inline[]
}

/**
 * Inline content with its formatting kept: a safe subset of mdast phrasing
 * content. There is no raw HTML node; renderers still sanitize URLs.
 */
export type Inline = InlineText | InlineCode | InlineBreak | InlineFormatting | InlineLink

const children = (): z.ZodArray<z.ZodType<Inline>> => z.array(InlineSchema)

/** The zod schema of the {@link InlineText} type, whose fields carry the docs. */
export const TextSchema = z.object({
  type: z.literal('text').describe('Node kind.'),
  value: z.string().describe('The text, with Markdown escapes resolved.')
})

/** The zod schema of the {@link InlineCode} type, whose fields carry the docs. */
export const InlineCodeSchema = z.object({
  type: z.literal('inlineCode').describe('Node kind.'),
  value: z.string().describe('The code, verbatim.')
})

/** The zod schema of the {@link InlineBreak} type, whose fields carry the docs. */
export const BreakSchema = z.object({
  type: z.literal('break').describe('Node kind.')
})

/** The zod schema of the {@link InlineFormatting} type, whose fields carry the docs. */
export const FormattingSchema = z.object({
  type: z.enum(['strong', 'emphasis', 'delete']).describe('Node kind.'),
  get children() {
    return children().describe('The formatted content.')
  }
})

/** The zod schema of the {@link InlineLink} type, whose fields carry the docs. */
export const LinkSchema = z.object({
  type: z.literal('link').describe('Node kind.'),
  url: z.string().describe('Target: an http(s) or mailto URL, or a relative or fragment URL (`checkGuide` holds this).'),
  title: z.string().optional().describe('Advisory title (`[a](url "title")`); absent when not written.'),
  get children() {
    return children().describe('The link text.')
  }
})

/** One piece of inline content. */
export const InlineSchema: z.ZodType<Inline> = z
  .union([TextSchema, InlineCodeSchema, BreakSchema, FormattingSchema, LinkSchema])
  .meta({id: 'Inline'})

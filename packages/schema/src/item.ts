import {z} from 'zod'
import {InlineSchema, type Inline} from './inline.js'
import {PositionSchema, type Position} from './position.js'

/** A fenced code block: the code of a code-reading question. */
export const CodeSchema = z
  .object({
    /** Language after the opening fence (```` ```python ````), absent if none. */
    lang: z.string().optional().describe('Language after the opening fence (```` ```python ````), absent if none.'),
    /** Rest of the fence line after the language, absent if none. */
    meta: z.string().optional().describe('Rest of the fence line after the language, absent if none.'),
    /** The code, verbatim, without the fences. */
    value: z.string().describe('The code, verbatim, without the fences.')
  })
  .meta({id: 'Code'})

export type Code = z.output<typeof CodeSchema>

/** What an item asks of the candidate. */
export const ItemKindSchema = z
  .enum(['topic', 'question', 'code'])
  .describe('topic: a subject to probe; question: a question to ask as written (ends in ？ or ?); code: a code-reading question')

export type ItemKind = z.output<typeof ItemKindSchema>

/**
 * One entry of a group: a list item, a code block standing alone, or a
 * paragraph that starts in bold with the lists and code block after it.
 */
export interface Item {
  id: string
  kind: ItemKind
  inlines: Inline[]
  text: string
  lead?: string
  ordered: boolean
  code?: Code
  items: Item[]
  position?: Position
}

export const ItemSchema: z.ZodType<Item> = z
  .object({
    /**
     * Content-derived ID: `<section id>-<key>` in a section, where the key
     * digests the item's own text and code (and its parent's ID when
     * nested); `<criterion or group id>-<key>` elsewhere. It stays while the
     * text and the parent do, whatever is inserted, removed or moved around
     * it; a reworded item gets a new one. `-2`, `-3` tell equal keys in one
     * scope apart. Usable as an HTML anchor (see the README's "IDs").
     */
    id: z.string().min(1).describe('Content-derived ID: `<section id>-<key>` in a section, where the key digests the item\'s own text and code (and its parent\'s ID when nested); `<criterion or group id>-<key>` elsewhere. It stays while the text and the parent do, whatever is inserted, removed or moved around it; a reworded item gets a new one. `-2`, `-3` tell equal keys in one scope apart. Usable as an HTML anchor (see the README\'s "IDs").'),
    /** Topic, question or code-reading question. */
    kind: ItemKindSchema,
    /** The item's text with its formatting kept; empty for a bare code block. */
    inlines: z.array(InlineSchema).describe('The item\'s text with its formatting kept; empty for a bare code block.'),
    /** The item's text as plain text. */
    text: z.string().describe('The item\'s text as plain text.'),
    /**
     * The bold lead-in, when the text starts with one followed by a colon
     * (`**语法正确性**：...` gives `语法正确性`); absent otherwise. For a
     * paragraph that starts in bold outside a list (`**题目1：实现缓存**`
     * followed by its code), the bold text without a trailing colon.
     */
    lead: z.string().optional().describe('The bold lead-in, when the text starts with one followed by a colon (`**语法正确性**：...` gives `语法正确性`); absent otherwise. For a paragraph that starts in bold outside a list (`**题目1：实现缓存**` followed by its code), the bold text without a trailing colon.'),
    /** True when the item came from an ordered (`1.`) list. */
    ordered: z.boolean().describe('True when the item came from an ordered (`1.`) list.'),
    /** The code to read, for a code-reading question; absent otherwise. */
    code: CodeSchema.optional().describe('The code to read, for a code-reading question; absent otherwise.'),
    /** Nested items, in source order; empty when none. */
    get items() {
      return z.array(ItemSchema).describe('Nested items, in source order; empty when none.')
    },
    /** Where it was written. */
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'Item'})

import {z} from 'zod'
import {InlineSchema, type Inline} from './inline.js'
import {PositionSchema, type Position} from './position.js'

/** A fenced code block: the code of a code-reading question. */
export interface Code {
  /** Language after the opening fence (```` ```python ````), absent if none. */
  lang?: string
  /** Rest of the fence line after the language, absent if none. */
  meta?: string
  /** The code, verbatim, without the fences. */
  value: string
}

/** The zod schema of the {@link Code} type, whose fields carry the docs. */
export const CodeSchema = z
  .object({
    lang: z.string().optional().describe('Language after the opening fence (```` ```python ````), absent if none.'),
    meta: z.string().optional().describe('Rest of the fence line after the language, absent if none.'),
    value: z.string().describe('The code, verbatim, without the fences.')
  })
  .meta({id: 'Code'})

/** What an item asks of the candidate: topic: a subject to probe; question: a question to ask as written (ends in ？ or ?); code: a code-reading question. */
export type ItemKind = 'topic' | 'question' | 'code'

/** The zod schema of the {@link ItemKind} type. */
export const ItemKindSchema = z
  .enum(['topic', 'question', 'code'])
  .describe('topic: a subject to probe; question: a question to ask as written (ends in ？ or ?); code: a code-reading question')

/**
 * One entry of a group: a list item, a code block standing alone, or a
 * paragraph that starts in bold with the lists and code block after it.
 */
export interface Item {
  /** Content-derived ID: `<section id>-<key>` in a section, where the key digests the item's own text and code (and its parent's ID when nested); `<criterion or group id>-<key>` elsewhere. It stays while the text and the parent do, whatever is inserted, removed or moved around it; a reworded item gets a new one. `-2`, `-3` tell equal keys in one scope apart. Usable as an HTML anchor (see the README's "IDs"). */
  id: string
  /** topic: a subject to probe; question: a question to ask as written (ends in ？ or ?); code: a code-reading question */
  kind: ItemKind
  /** The item's text with its formatting kept; empty for a bare code block. */
  inlines: Inline[]
  /** The item's text as plain text. */
  text: string
  /** The bold lead-in, when the text starts with one followed by a colon (`**语法正确性**：...` gives `语法正确性`); absent otherwise. For a paragraph that starts in bold outside a list (`**题目1：实现缓存**` followed by its code), the bold text without a trailing colon. */
  lead?: string
  /** True when the item came from an ordered (`1.`) list. */
  ordered: boolean
  /** The code to read, for a code-reading question; absent otherwise. */
  code?: Code
  /** Nested items, in source order; empty when none. */
  items: Item[]
  /** Where it was written. */
  position?: Position
}

/** The zod schema of the {@link Item} type, whose fields carry the docs. */
export const ItemSchema: z.ZodType<Item> = z
  .object({
    id: z.string().min(1).describe('Content-derived ID: `<section id>-<key>` in a section, where the key digests the item\'s own text and code (and its parent\'s ID when nested); `<criterion or group id>-<key>` elsewhere. It stays while the text and the parent do, whatever is inserted, removed or moved around it; a reworded item gets a new one. `-2`, `-3` tell equal keys in one scope apart. Usable as an HTML anchor (see the README\'s "IDs").'),
    kind: ItemKindSchema,
    inlines: z.array(InlineSchema).describe('The item\'s text with its formatting kept; empty for a bare code block.'),
    text: z.string().describe('The item\'s text as plain text.'),
    lead: z.string().optional().describe('The bold lead-in, when the text starts with one followed by a colon (`**语法正确性**：...` gives `语法正确性`); absent otherwise. For a paragraph that starts in bold outside a list (`**题目1：实现缓存**` followed by its code), the bold text without a trailing colon.'),
    ordered: z.boolean().describe('True when the item came from an ordered (`1.`) list.'),
    code: CodeSchema.optional().describe('The code to read, for a code-reading question; absent otherwise.'),
    get items() {
      return z.array(ItemSchema).describe('Nested items, in source order; empty when none.')
    },
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'Item'})

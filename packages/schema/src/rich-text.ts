import {z} from 'zod'
import {InlineSchema, type Inline} from './inline.js'
import {PositionSchema, type Position} from './position.js'

/** A paragraph of formatted text with its plain-text form. */
export interface RichText {
  /** The content with formatting kept. */
  inlines: Inline[]
  /** The same content as plain text (for search, titles and diffs). */
  text: string
  /** Where it was written. */
  position?: Position
}

/** The zod schema of the {@link RichText} type, whose fields carry the docs. */
export const RichTextSchema = z
  .object({
    inlines: z.array(InlineSchema).describe('The content with formatting kept.'),
    text: z.string().describe('The same content as plain text (for search, titles and diffs).'),
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'RichText'})

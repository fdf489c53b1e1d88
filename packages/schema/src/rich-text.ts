import {z} from 'zod'
import {InlineSchema} from './inline.js'
import {PositionSchema} from './position.js'

/** A paragraph of formatted text with its plain-text form. */
export const RichTextSchema = z
  .object({
    /** The content with formatting kept. */
    inlines: z.array(InlineSchema).describe('The content with formatting kept.'),
    /** The same content as plain text (for search, titles and diffs). */
    text: z.string().describe('The same content as plain text (for search, titles and diffs).'),
    /** Where it was written. */
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'RichText'})

export type RichText = z.output<typeof RichTextSchema>

import {z} from 'zod'
import {PositionSchema} from './position.js'
import {RichTextSchema} from './rich-text.js'

/** The introduction before the first part (`## 大纲说明`). */
export const OverviewSchema = z
  .object({
    /** Heading text. */
    title: z.string().min(1).describe('Heading text.'),
    /** Its paragraphs, in source order. */
    paragraphs: z.array(RichTextSchema).describe('Its paragraphs, in source order.'),
    /** Where its heading was written. */
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Overview'})

export type Overview = z.output<typeof OverviewSchema>

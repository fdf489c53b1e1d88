import {z} from 'zod'
import {PositionSchema, type Position} from './position.js'
import {RichTextSchema, type RichText} from './rich-text.js'

/** The introduction before the first part (`## 大纲说明`). */
export interface Overview {
  /** Heading text. */
  title: string
  /** Its paragraphs, in source order. */
  paragraphs: RichText[]
  /** Where its heading was written. */
  position?: Position
}

/** The zod schema of the {@link Overview} type, whose fields carry the docs. */
export const OverviewSchema = z
  .object({
    title: z.string().min(1).describe('Heading text.'),
    paragraphs: z.array(RichTextSchema).describe('Its paragraphs, in source order.'),
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Overview'})

import {z} from 'zod'
import {PositionSchema, type Position} from './position.js'

/** The heading of a block of the guide, kept so renderers can show it. */
export interface Heading {
  /** Heading text. */
  title: string
  /** Where it was written. */
  position?: Position
}

export const HeadingSchema = z
  .object({
    title: z.string().min(1).describe('Heading text.'),
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'Heading'})

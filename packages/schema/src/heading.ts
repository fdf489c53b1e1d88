import {z} from 'zod'
import {PositionSchema} from './position.js'

/** The heading of a block of the guide, kept so renderers can show it. */
export const HeadingSchema = z
  .object({
    /** Heading text. */
    title: z.string().min(1).describe('Heading text.'),
    /** Where it was written. */
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'Heading'})

export type Heading = z.output<typeof HeadingSchema>

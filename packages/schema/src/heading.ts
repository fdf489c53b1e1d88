import {z} from 'zod'
import {PositionSchema, type Position} from './position.js'

/** The heading of a block of the guide, kept so renderers can show it. */
export interface Heading {
  /** Heading text. */
  title: string
  /** Where it was written. */
  position?: Position
}

/** The zod schema of the {@link Heading} type, whose fields carry the docs. */
export const HeadingSchema = z
  .object({
    title: z.string().min(1).describe('Heading text.'),
    position: PositionSchema.optional().describe('Where it was written.')
  })
  .meta({id: 'Heading'})

import {z} from 'zod'
import {ItemSchema} from './item.js'
import {PositionSchema} from './position.js'

/**
 * A titled list of items: a `####` group of a section, a rubric criterion's
 * points, a block of interview tips or a category of references.
 */
export const GroupSchema = z
  .object({
    /** Deterministic ID: `<section id>-g<n>` in a section, a slug elsewhere. */
    id: z.string().min(1).describe('Deterministic ID: `<section id>-g<n>` in a section, a slug elsewhere.'),
    /** Heading text; absent for items written before a section's first `####`. */
    title: z.string().optional().describe('Heading text; absent for items written before a section\'s first `####`.'),
    /** The items, in source order. */
    items: z.array(ItemSchema).describe('The items, in source order.'),
    /** Where its heading (or its first item) was written. */
    position: PositionSchema.optional().describe('Where its heading (or its first item) was written.')
  })
  .meta({id: 'Group'})

export type Group = z.output<typeof GroupSchema>

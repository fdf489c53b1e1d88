import {z} from 'zod'
import {ItemSchema} from './item.js'
import {PositionSchema} from './position.js'

/** A rubric criterion: `### 基础理论掌握 (30%)` and its points. */
export const CriterionSchema = z
  .object({
    /**
     * `rubric-<key>`: the key digests the title, so the ID stays while the
     * title does (see the README's "IDs"); `-2`, `-3` tell equal titles apart.
     */
    id: z.string().regex(/^rubric-[0-9a-z]+(?:-[1-9][0-9]*)?$/).describe('`rubric-<key>`: the key digests the title, so the ID stays while the title does (see the README\'s "IDs"); `-2`, `-3` tell equal titles apart.'),
    /** Heading text without the weight. */
    title: z.string().min(1).describe('Heading text without the weight.'),
    /** Weight in percent (0-100); a guide's weights add up to 100. */
    weight: z.number().min(0).max(100).describe('Weight in percent (0-100); a guide\'s weights add up to 100.'),
    /** What the interviewer looks for, in source order. */
    points: z.array(ItemSchema).describe('What the interviewer looks for, in source order.'),
    /** Where its heading was written. */
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Criterion'})

export type Criterion = z.output<typeof CriterionSchema>

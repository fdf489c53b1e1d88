import {z} from 'zod'
import {ItemSchema, type Item} from './item.js'
import {PositionSchema, type Position} from './position.js'

/** A rubric criterion: `### 基础理论掌握 (30%)` and its points. */
export interface Criterion {
  /** `rubric-<key>`: the key digests the title, so the ID stays while the title does (see the README's "IDs"); `-2`, `-3` tell equal titles apart. */
  id: string
  /** Heading text without the weight. */
  title: string
  /** Weight in percent (0-100); a guide's weights add up to 100 (`checkGuide` holds this). */
  weight: number
  /** What the interviewer looks for, in source order. */
  points: Item[]
  /** Where its heading was written. */
  position?: Position
}

/** The zod schema of the {@link Criterion} type, whose fields carry the docs. */
export const CriterionSchema = z
  .object({
    id: z.string().regex(/^rubric-[0-9a-z]+(?:-[1-9][0-9]*)?$/).describe('`rubric-<key>`: the key digests the title, so the ID stays while the title does (see the README\'s "IDs"); `-2`, `-3` tell equal titles apart.'),
    title: z.string().min(1).describe('Heading text without the weight.'),
    weight: z.number().min(0).max(100).describe('Weight in percent (0-100); a guide\'s weights add up to 100 (`checkGuide` holds this).'),
    points: z.array(ItemSchema).describe('What the interviewer looks for, in source order.'),
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Criterion'})

import {z} from 'zod'
import {DurationSchema} from './duration.js'
import {GroupSchema} from './group.js'
import {InlineSchema} from './inline.js'
import {PositionSchema} from './position.js'
import {RichTextSchema} from './rich-text.js'

/** A section of a part: `### 1.1 Transformer架构核心机制 (10分钟)`. */
export const SectionSchema = z
  .object({
    /** `<part number>.<section number>`, e.g. `1.1`; unique in the guide. */
    id: z.string().regex(/^\d+\.\d+$/).describe('`<part number>.<section number>`, e.g. `1.1`; unique in the guide.'),
    /** Number of the section within its part (the `1` after the dot). */
    number: z.int().min(1).describe('Number of the section within its part (the `1` after the dot).'),
    /** Heading text without number and duration. */
    title: z.string().min(1).describe('Heading text without number and duration.'),
    /**
     * The title with its links and formatting, when the heading holds a
     * link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when
     * `title` is all there is. Its plain text equals `title`.
     */
    titleInlines: z.array(InlineSchema).optional().describe('The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`.'),
    /** Planned time. */
    duration: DurationSchema.describe('Planned time.'),
    /** What the section assesses: the text after `**考核目标：**`. */
    objective: RichTextSchema.describe('What the section assesses: the text after `**考核目标：**`.'),
    /** The `####` groups, in source order. */
    groups: z.array(GroupSchema).describe('The `####` groups, in source order.'),
    /** Where its heading was written. */
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Section'})

export type Section = z.output<typeof SectionSchema>

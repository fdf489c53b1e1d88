import {z} from 'zod'
import {DurationSchema} from './duration.js'
import {InlineSchema} from './inline.js'
import {PositionSchema} from './position.js'
import {SectionSchema} from './section.js'

/** A part of the interview: `## 一、理论基础与架构理解 (25分钟)`. */
export const PartSchema = z
  .object({
    /** `part-<number>`, e.g. `part-1`. */
    id: z.string().regex(/^part-\d+$/).describe('`part-<number>`, e.g. `part-1`.'),
    /** The part's number, from its Chinese ordinal (`一` is 1). */
    number: z.int().min(1).describe('The part\'s number, from its Chinese ordinal (`一` is 1).'),
    /** The ordinal as written, e.g. `一`. */
    ordinal: z.string().min(1).describe('The ordinal as written, e.g. `一`.'),
    /** Heading text without ordinal and duration. */
    title: z.string().min(1).describe('Heading text without ordinal and duration.'),
    /**
     * The title with its links and formatting, when the heading holds a
     * link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when
     * `title` is all there is. Its plain text equals `title`.
     */
    titleInlines: z.array(InlineSchema).optional().describe('The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`.'),
    /** Planned time; its sections' durations fit within it. */
    duration: DurationSchema.describe('Planned time; its sections\' durations fit within it.'),
    /** The sections, in source order. */
    sections: z.array(SectionSchema).describe('The sections, in source order.'),
    /** Where its heading was written. */
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Part'})

export type Part = z.output<typeof PartSchema>

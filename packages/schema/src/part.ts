import {z} from 'zod'
import {DurationSchema, type Duration} from './duration.js'
import {InlineSchema, type Inline} from './inline.js'
import {PositionSchema, type Position} from './position.js'
import {SectionSchema, type Section} from './section.js'

/** A part of the interview: `## 一、理论基础与架构理解 (25分钟)`. */
export interface Part {
  /** `part-<number>`, e.g. `part-1`. */
  id: string
  /** The part's number, from its Chinese ordinal (`一` is 1). */
  number: number
  /** The ordinal as written, e.g. `一`. */
  ordinal: string
  /** Heading text without ordinal and duration. */
  title: string
  /** The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`. */
  titleInlines?: Inline[]
  /** Planned time; its sections' durations fit within it. */
  duration: Duration
  /** The sections, in source order. */
  sections: Section[]
  /** Where its heading was written. */
  position?: Position
}

/** The zod schema of the {@link Part} type, whose fields carry the docs. */
export const PartSchema = z
  .object({
    id: z.string().regex(/^part-\d+$/).describe('`part-<number>`, e.g. `part-1`.'),
    number: z.int().min(1).describe('The part\'s number, from its Chinese ordinal (`一` is 1).'),
    ordinal: z.string().min(1).describe('The ordinal as written, e.g. `一`.'),
    title: z.string().min(1).describe('Heading text without ordinal and duration.'),
    titleInlines: z.array(InlineSchema).optional().describe('The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`.'),
    duration: DurationSchema.describe('Planned time; its sections\' durations fit within it.'),
    sections: z.array(SectionSchema).describe('The sections, in source order.'),
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Part'})

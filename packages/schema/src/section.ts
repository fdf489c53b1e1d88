import {z} from 'zod'
import {DurationSchema, type Duration} from './duration.js'
import {GroupSchema, type Group} from './group.js'
import {InlineSchema, type Inline} from './inline.js'
import {PositionSchema, type Position} from './position.js'
import {RichTextSchema, type RichText} from './rich-text.js'

/** A section of a part: `### 1.1 Transformer架构核心机制 (10分钟)`. */
export interface Section {
  /** `<part number>.<section number>`, e.g. `1.1`; unique in the guide. */
  id: string
  /** Number of the section within its part (the `1` after the dot). */
  number: number
  /** Heading text without number and duration. */
  title: string
  /** The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`. */
  titleInlines?: Inline[]
  /** Planned time. */
  duration: Duration
  /** What the section assesses: the text after `**考核目标：**`. */
  objective: RichText
  /** The `####` groups, in source order. */
  groups: Group[]
  /** Where its heading was written. */
  position?: Position
}

/** The zod schema of the {@link Section} type, whose fields carry the docs. */
export const SectionSchema = z
  .object({
    id: z.string().regex(/^\d+\.\d+$/).describe('`<part number>.<section number>`, e.g. `1.1`; unique in the guide.'),
    number: z.int().min(1).describe('Number of the section within its part (the `1` after the dot).'),
    title: z.string().min(1).describe('Heading text without number and duration.'),
    titleInlines: z.array(InlineSchema).optional().describe('The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`.'),
    duration: DurationSchema.describe('Planned time.'),
    objective: RichTextSchema.describe('What the section assesses: the text after `**考核目标：**`.'),
    groups: z.array(GroupSchema).describe('The `####` groups, in source order.'),
    position: PositionSchema.optional().describe('Where its heading was written.')
  })
  .meta({id: 'Section'})

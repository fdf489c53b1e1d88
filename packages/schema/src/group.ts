import {z} from 'zod'
import {InlineSchema, type Inline} from './inline.js'
import {ItemSchema, type Item} from './item.js'
import {PositionSchema, type Position} from './position.js'

/**
 * A titled list of items: a `####` group of a section, a rubric criterion's
 * points, a block of interview tips or a category of references.
 */
export interface Group {
  /** Content-derived ID: `<section id>-g-<key of the title>` in a section (`<section id>-g0` for the items before its first `####`), `tips-<key>` or `references-<key>` (`references-0` for uncategorised links) in the appendix. It stays while the title does. */
  id: string
  /** Heading text; absent for items written before a section's first `####`. */
  title?: string
  /** The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`. */
  titleInlines?: Inline[]
  /** The items, in source order. */
  items: Item[]
  /** Where its heading (or its first item) was written. */
  position?: Position
}

/** The zod schema of the {@link Group} type, whose fields carry the docs. */
export const GroupSchema = z
  .object({
    id: z.string().min(1).describe('Content-derived ID: `<section id>-g-<key of the title>` in a section (`<section id>-g0` for the items before its first `####`), `tips-<key>` or `references-<key>` (`references-0` for uncategorised links) in the appendix. It stays while the title does.'),
    title: z.string().optional().describe('Heading text; absent for items written before a section\'s first `####`.'),
    titleInlines: z.array(InlineSchema).optional().describe('The title with its links and formatting, when the heading holds a link (`#### [位置编码](../notes/pe.md)`); absent otherwise, when `title` is all there is. Its plain text equals `title`.'),
    items: z.array(ItemSchema).describe('The items, in source order.'),
    position: PositionSchema.optional().describe('Where its heading (or its first item) was written.')
  })
  .meta({id: 'Group'})

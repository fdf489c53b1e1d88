import {z} from 'zod'
import {PositionSchema} from './position.js'
import {RichTextSchema} from './rich-text.js'

/** How a level's interview treats a section. */
export const PlanRoleSchema = z
  .enum(['core', 'optional', 'skip'])
  .describe('core: always asked; optional: asked when time allows; skip: left out')

export type PlanRole = z.output<typeof PlanRoleSchema>

/** One section in a level's interview plan. */
export const PlanEntrySchema = z
  .object({
    /** ID of a section of the guide, e.g. `1.1`. */
    section: z.string().regex(/^\d+\.\d+$/).describe('ID of a section of the guide, e.g. `1.1`.'),
    /** Core, optional or skipped. */
    role: PlanRoleSchema,
    /**
     * Minutes given to the section in this level's interview; defaults to the
     * section's longest duration, and is 0 when skipped.
     */
    minutes: z.int().min(0).describe('Minutes given to the section in this level\'s interview; defaults to the section\'s longest duration, and is 0 when skipped.'),
    /** Where the entry was written (in the front matter). */
    position: PositionSchema.optional().describe('Where the entry was written (in the front matter).')
  })
  .meta({id: 'PlanEntry'})

export type PlanEntry = z.output<typeof PlanEntrySchema>

/**
 * Path segments a published guide uses beside its level pages
 * (`<version>/<level id>/`), so no level may take them as its id.
 */
export const reservedLevelIds = ['assets', 'diff', 'interview', 'latest', 'next', 'print', 'runsheet', 'scorecard', 'search'] as const

/** A candidate level (基础型 / 实践型 / 研究型) and its interview plan. */
export const LevelSchema = z
  .object({
    /** ASCII slug used in URLs, e.g. `foundation`; not one of `reservedLevelIds`. */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .refine((id) => !(reservedLevelIds as readonly string[]).includes(id), {message: 'reserved level id'}).describe('ASCII slug used in URLs, e.g. `foundation`; not one of `reservedLevelIds`.'),
    /** Name as written in the guide, e.g. `基础型候选人`. */
    label: z.string().min(1).describe('Name as written in the guide, e.g. `基础型候选人`.'),
    /** What to focus on for this level, from the guide's advice. */
    focus: RichTextSchema.describe('What to focus on for this level, from the guide\'s advice.'),
    /**
     * Every section of the guide exactly once, in the order the interview
     * takes them.
     */
    plan: z.array(PlanEntrySchema).describe('Every section of the guide exactly once, in the order the interview takes them.'),
    /** Where the level was declared (in the front matter). */
    position: PositionSchema.optional().describe('Where the level was declared (in the front matter).')
  })
  .meta({id: 'Level'})

export type Level = z.output<typeof LevelSchema>

/** One entry of the advice's level list, as written in the body. */
export const LevelListEntrySchema = z
  .object({
    /** The bold lead-in, e.g. `基础型候选人`; a level's `label` names it. */
    label: z.string().min(1).describe('The bold lead-in, e.g. `基础型候选人`; a level\'s `label` names it.'),
    /** The text after the lead-in. */
    focus: RichTextSchema.describe('The text after the lead-in.')
  })
  .meta({id: 'LevelListEntry'})

export type LevelListEntry = z.output<typeof LevelListEntrySchema>

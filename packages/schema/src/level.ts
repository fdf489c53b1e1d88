import {z} from 'zod'
import {PositionSchema, type Position} from './position.js'
import {RichTextSchema, type RichText} from './rich-text.js'

/** How a level's interview treats a section: core: always asked; optional: asked when time allows; skip: left out. */
export type PlanRole = 'core' | 'optional' | 'skip'

/** The zod schema of the {@link PlanRole} type. */
export const PlanRoleSchema = z
  .enum(['core', 'optional', 'skip'])
  .describe('core: always asked; optional: asked when time allows; skip: left out')

/** One section in a level's interview plan. */
export interface PlanEntry {
  /** ID of a section of the guide, e.g. `1.1`. */
  section: string
  /** core: always asked; optional: asked when time allows; skip: left out */
  role: PlanRole
  /** Minutes given to the section in this level's interview; defaults to the section's longest duration, and is 0 when skipped. */
  minutes: number
  /** Where the entry was written (in the front matter). */
  position?: Position
}

/** The zod schema of the {@link PlanEntry} type, whose fields carry the docs. */
export const PlanEntrySchema = z
  .object({
    section: z.string().regex(/^\d+\.\d+$/).describe('ID of a section of the guide, e.g. `1.1`.'),
    role: PlanRoleSchema,
    minutes: z.int().min(0).describe('Minutes given to the section in this level\'s interview; defaults to the section\'s longest duration, and is 0 when skipped.'),
    position: PositionSchema.optional().describe('Where the entry was written (in the front matter).')
  })
  .meta({id: 'PlanEntry'})

/**
 * Path segments a published guide uses beside its level pages
 * (`<version>/<level id>/`), so no level may take them as its id.
 */
export const reservedLevelIds = ['assets', 'diff', 'interview', 'latest', 'next', 'print', 'runsheet', 'scorecard', 'search'] as const

/** A candidate level (基础型 / 实践型 / 研究型) and its interview plan. */
export interface Level {
  /** ASCII slug used in URLs, e.g. `foundation`; not one of `reservedLevelIds`. */
  id: string
  /** Name as written in the guide, e.g. `基础型候选人`. */
  label: string
  /** What to focus on for this level, from the guide's advice. */
  focus: RichText
  /** Every section of the guide exactly once, in the order the interview takes them. */
  plan: PlanEntry[]
  /** Where the level was declared (in the front matter). */
  position?: Position
}

/** The zod schema of the {@link Level} type, whose fields carry the docs. */
export const LevelSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      // The JSON Schema says the same with `not: {enum}` (the `meta` below), so both reject the same ids.
      .refine((id) => !(reservedLevelIds as readonly string[]).includes(id), {message: 'reserved level id'})
      .meta({not: {enum: [...reservedLevelIds]}})
      .describe('ASCII slug used in URLs, e.g. `foundation`; not one of `reservedLevelIds`.'),
    label: z.string().min(1).describe('Name as written in the guide, e.g. `基础型候选人`.'),
    focus: RichTextSchema.describe('What to focus on for this level, from the guide\'s advice.'),
    plan: z.array(PlanEntrySchema).describe('Every section of the guide exactly once, in the order the interview takes them.'),
    position: PositionSchema.optional().describe('Where the level was declared (in the front matter).')
  })
  .meta({id: 'Level'})

/** One entry of the advice's level list, as written in the body. */
export interface LevelListEntry {
  /** The bold lead-in, e.g. `基础型候选人`; a level's `label` names it. */
  label: string
  /** The text after the lead-in. */
  focus: RichText
}

/** The zod schema of the {@link LevelListEntry} type, whose fields carry the docs. */
export const LevelListEntrySchema = z
  .object({
    label: z.string().min(1).describe('The bold lead-in, e.g. `基础型候选人`; a level\'s `label` names it.'),
    focus: RichTextSchema.describe('The text after the lead-in.')
  })
  .meta({id: 'LevelListEntry'})

import {z} from 'zod'
import {DurationSchema, type Duration} from './duration.js'
import {GroupSchema, type Group} from './group.js'
import {HeadingSchema, type Heading} from './heading.js'
import {LevelListEntrySchema, LevelSchema, type Level, type LevelListEntry} from './level.js'
import {OverviewSchema, type Overview} from './overview.js'
import {PartSchema, type Part} from './part.js'
import {PositionSchema, type Position} from './position.js'
import {RichTextSchema, type RichText} from './rich-text.js'
import {CriterionSchema, type Criterion} from './rubric.js'

/** Version of this data contract; bumped on every breaking change. */
export const schemaVersion = 2 as const

/** Headings of the blocks after the parts, kept for rendering. */
export interface GuideHeadings {
  /** Heading of the rubric (`## 评分标准与考核要点`). */
  rubric?: Heading
  /** Heading of the interview advice (`## 面试建议`). */
  advice?: Heading
  /** Heading of the per-level advice (`### 针对不同水平候选人的调整策略`). */
  levels?: Heading
  /** Heading of the references (`## 参考资料与扩展阅读`). */
  references?: Heading
}

/** The zod schema of the {@link GuideHeadings} type, whose fields carry the docs. */
export const GuideHeadingsSchema = z
  .object({
    rubric: HeadingSchema.optional().describe('Heading of the rubric (`## 评分标准与考核要点`).'),
    advice: HeadingSchema.optional().describe('Heading of the interview advice (`## 面试建议`).'),
    levels: HeadingSchema.optional().describe('Heading of the per-level advice (`### 针对不同水平候选人的调整策略`).'),
    references: HeadingSchema.optional().describe('Heading of the references (`## 参考资料与扩展阅读`).')
  })
  .meta({id: 'GuideHeadings'})

/** A whole interview guide, one version of it. */
export interface Guide {
  /** Version of the data contract this object follows. */
  schemaVersion: typeof schemaVersion
  /** ASCII slug of the guide, used in URLs, e.g. `llm-interview`. */
  id: string
  /** Guide version: a released semver (`1.0.0`) or `next` for unreleased source. */
  version: string
  /** Title, from the `#` heading. */
  title: string
  /** BCP 47 language tag of the text, e.g. `zh-CN`. */
  lang: string
  /** Recommended length of an interview, in minutes. */
  duration: Duration
  /** The introduction before the first part; absent when there is none. */
  overview?: Overview
  /** The parts, in source order (numbered 1, 2, 3...). */
  parts: Part[]
  /** The rubric criteria; their weights add up to 100. Empty when none. */
  rubric: Criterion[]
  /** Candidate levels with their interview plans. Empty when none. */
  levels: Level[]
  /** The advice's level list as written in the body (`- **基础型候选人：** ...`), whether or not levels are declared: the labels a tool can derive level plans from. `levels` joins these with the plans. Absent in data from before this field; empty when the advice has no list. */
  levelList?: LevelListEntry[]
  /** Interview tips (`### 面试技巧`), as titled groups. Empty when none. */
  tips: Group[]
  /** References by category (`### 核心论文`). Empty when none. */
  references: Group[]
  /** The closing note after the last rule (`---`); empty when none. */
  closing: RichText[]
  /** Headings of the blocks after the parts. */
  headings: GuideHeadings
  /** Where the title was written. */
  position?: Position
}

/** The zod schema of the {@link Guide} type, whose fields carry the docs. */
export const GuideSchema = z
  .object({
    schemaVersion: z.literal(schemaVersion).describe('Version of the data contract this object follows.'),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).describe('ASCII slug of the guide, used in URLs, e.g. `llm-interview`.'),
    version: z.string().regex(/^(next|\d+\.\d+\.\d+)$/).describe('Guide version: a released semver (`1.0.0`) or `next` for unreleased source.'),
    title: z.string().min(1).describe('Title, from the `#` heading.'),
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).describe('BCP 47 language tag of the text, e.g. `zh-CN`.'),
    duration: DurationSchema.describe('Recommended length of an interview, in minutes.'),
    overview: OverviewSchema.optional().describe('The introduction before the first part; absent when there is none.'),
    parts: z.array(PartSchema).describe('The parts, in source order (numbered 1, 2, 3...).'),
    rubric: z.array(CriterionSchema).describe('The rubric criteria; their weights add up to 100. Empty when none.'),
    levels: z.array(LevelSchema).describe('Candidate levels with their interview plans. Empty when none.'),
    levelList: z.array(LevelListEntrySchema).optional().describe('The advice\'s level list as written in the body (`- **基础型候选人：** ...`), whether or not levels are declared: the labels a tool can derive level plans from. `levels` joins these with the plans. Absent in data from before this field; empty when the advice has no list.'),
    tips: z.array(GroupSchema).describe('Interview tips (`### 面试技巧`), as titled groups. Empty when none.'),
    references: z.array(GroupSchema).describe('References by category (`### 核心论文`). Empty when none.'),
    closing: z.array(RichTextSchema).describe('The closing note after the last rule (`---`); empty when none.'),
    headings: GuideHeadingsSchema.describe('Headings of the blocks after the parts.'),
    position: PositionSchema.optional().describe('Where the title was written.')
  })
  .meta({id: 'Guide'})

/** A guide as accepted by `GuideSchema` (before defaults and transforms). */
export type GuideInput = z.input<typeof GuideSchema>

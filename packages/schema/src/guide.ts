import {z} from 'zod'
import {DurationSchema} from './duration.js'
import {GroupSchema} from './group.js'
import {HeadingSchema} from './heading.js'
import {LevelListEntrySchema, LevelSchema} from './level.js'
import {OverviewSchema} from './overview.js'
import {PartSchema} from './part.js'
import {PositionSchema} from './position.js'
import {RichTextSchema} from './rich-text.js'
import {CriterionSchema} from './rubric.js'

/** Version of this data contract; bumped on every breaking change. */
export const schemaVersion = 2

/** Headings of the blocks after the parts, kept for rendering. */
export const GuideHeadingsSchema = z
  .object({
    /** Heading of the rubric (`## 评分标准与考核要点`). */
    rubric: HeadingSchema.optional().describe('Heading of the rubric (`## 评分标准与考核要点`).'),
    /** Heading of the interview advice (`## 面试建议`). */
    advice: HeadingSchema.optional().describe('Heading of the interview advice (`## 面试建议`).'),
    /** Heading of the per-level advice (`### 针对不同水平候选人的调整策略`). */
    levels: HeadingSchema.optional().describe('Heading of the per-level advice (`### 针对不同水平候选人的调整策略`).'),
    /** Heading of the references (`## 参考资料与扩展阅读`). */
    references: HeadingSchema.optional().describe('Heading of the references (`## 参考资料与扩展阅读`).')
  })
  .meta({id: 'GuideHeadings'})

/** A whole interview guide, one version of it. */
export const GuideSchema = z
  .object({
    /** Version of the data contract this object follows. */
    schemaVersion: z.literal(schemaVersion).describe('Version of the data contract this object follows.'),
    /** ASCII slug of the guide, used in URLs, e.g. `llm-interview`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).describe('ASCII slug of the guide, used in URLs, e.g. `llm-interview`.'),
    /** Guide version: a released semver (`1.0.0`) or `next` for unreleased source. */
    version: z.string().regex(/^(next|\d+\.\d+\.\d+)$/).describe('Guide version: a released semver (`1.0.0`) or `next` for unreleased source.'),
    /** Title, from the `#` heading. */
    title: z.string().min(1).describe('Title, from the `#` heading.'),
    /** BCP 47 language tag of the text, e.g. `zh-CN`. */
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).describe('BCP 47 language tag of the text, e.g. `zh-CN`.'),
    /** Recommended length of an interview, in minutes. */
    duration: DurationSchema.describe('Recommended length of an interview, in minutes.'),
    /** The introduction before the first part; absent when there is none. */
    overview: OverviewSchema.optional().describe('The introduction before the first part; absent when there is none.'),
    /** The parts, in source order (numbered 1, 2, 3...). */
    parts: z.array(PartSchema).describe('The parts, in source order (numbered 1, 2, 3...).'),
    /** The rubric criteria; their weights add up to 100. Empty when none. */
    rubric: z.array(CriterionSchema).describe('The rubric criteria; their weights add up to 100. Empty when none.'),
    /** Candidate levels with their interview plans. Empty when none. */
    levels: z.array(LevelSchema).describe('Candidate levels with their interview plans. Empty when none.'),
    /**
     * The advice's level list as written in the body (`- **基础型候选人：**
     * ...`), whether or not levels are declared: the labels a tool can
     * derive level plans from. `levels` joins these with the plans. Absent
     * in data from before this field; empty when the advice has no list.
     */
    levelList: z.array(LevelListEntrySchema).optional().describe('The advice\'s level list as written in the body (`- **基础型候选人：** ...`), whether or not levels are declared: the labels a tool can derive level plans from. `levels` joins these with the plans. Absent in data from before this field; empty when the advice has no list.'),
    /** Interview tips (`### 面试技巧`), as titled groups. Empty when none. */
    tips: z.array(GroupSchema).describe('Interview tips (`### 面试技巧`), as titled groups. Empty when none.'),
    /** References by category (`### 核心论文`). Empty when none. */
    references: z.array(GroupSchema).describe('References by category (`### 核心论文`). Empty when none.'),
    /** The closing note after the last rule (`---`); empty when none. */
    closing: z.array(RichTextSchema).describe('The closing note after the last rule (`---`); empty when none.'),
    /** Headings of the blocks after the parts. */
    headings: GuideHeadingsSchema.describe('Headings of the blocks after the parts.'),
    /** Where the title was written. */
    position: PositionSchema.optional().describe('Where the title was written.')
  })
  .meta({id: 'Guide'})

/** A guide as accepted by `GuideSchema` (before defaults and transforms). */
export type GuideInput = z.input<typeof GuideSchema>
/** A validated guide. */
export type Guide = z.output<typeof GuideSchema>

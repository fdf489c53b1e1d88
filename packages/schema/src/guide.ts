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
export const schemaVersion = 1

/** Headings of the blocks after the parts, kept for rendering. */
export const GuideHeadingsSchema = z
  .object({
    /** Heading of the rubric (`## 评分标准与考核要点`). */
    rubric: HeadingSchema.optional(),
    /** Heading of the interview advice (`## 面试建议`). */
    advice: HeadingSchema.optional(),
    /** Heading of the per-level advice (`### 针对不同水平候选人的调整策略`). */
    levels: HeadingSchema.optional(),
    /** Heading of the references (`## 参考资料与扩展阅读`). */
    references: HeadingSchema.optional()
  })
  .meta({id: 'GuideHeadings'})

/** A whole interview guide, one version of it. */
export const GuideSchema = z
  .object({
    /** Version of the data contract this object follows. */
    schemaVersion: z.literal(schemaVersion),
    /** ASCII slug of the guide, used in URLs, e.g. `llm-interview`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Guide version: a released semver (`1.0.0`) or `next` for unreleased source. */
    version: z.string().regex(/^(next|\d+\.\d+\.\d+)$/),
    /** Title, from the `#` heading. */
    title: z.string().min(1),
    /** BCP 47 language tag of the text, e.g. `zh-CN`. */
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/),
    /** Recommended length of an interview, in minutes. */
    duration: DurationSchema,
    /** The introduction before the first part; absent when there is none. */
    overview: OverviewSchema.optional(),
    /** The parts, in source order (numbered 1, 2, 3...). */
    parts: z.array(PartSchema),
    /** The rubric criteria; their weights add up to 100. Empty when none. */
    rubric: z.array(CriterionSchema),
    /** Candidate levels with their interview plans. Empty when none. */
    levels: z.array(LevelSchema),
    /**
     * The advice's level list as written in the body (`- **基础型候选人：**
     * ...`), whether or not levels are declared: the labels a tool can
     * derive level plans from. `levels` joins these with the plans. Absent
     * in data from before this field; empty when the advice has no list.
     */
    levelList: z.array(LevelListEntrySchema).optional(),
    /** Interview tips (`### 面试技巧`), as titled groups. Empty when none. */
    tips: z.array(GroupSchema),
    /** References by category (`### 核心论文`). Empty when none. */
    references: z.array(GroupSchema),
    /** The closing note after the last rule (`---`); empty when none. */
    closing: z.array(RichTextSchema),
    /** Headings of the blocks after the parts. */
    headings: GuideHeadingsSchema,
    /** Where the title was written. */
    position: PositionSchema.optional()
  })
  .meta({id: 'Guide'})

/** A guide as accepted by `GuideSchema` (before defaults and transforms). */
export type GuideInput = z.input<typeof GuideSchema>
/** A validated guide. */
export type Guide = z.output<typeof GuideSchema>

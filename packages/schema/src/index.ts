export {checkGuide, type GuideIssue, type GuidePath} from './check-guide.js'
export {DurationSchema, formatDuration, sumDurations, type Duration} from './duration.js'
export {GroupSchema, type Group} from './group.js'
export {GuideHeadingsSchema, GuideSchema, schemaVersion, type Guide, type GuideHeadings, type GuideInput} from './guide.js'
export {HeadingSchema, type Heading} from './heading.js'
export {
  BreakSchema,
  FormattingSchema,
  InlineCodeSchema,
  InlineSchema,
  LinkSchema,
  TextSchema,
  type Inline,
  type InlineBreak,
  type InlineCode,
  type InlineFormatting,
  type InlineLink,
  type InlineText
} from './inline.js'
export {CodeSchema, ItemKindSchema, ItemSchema, type Code, type Item, type ItemKind} from './item.js'
export {guideJsonSchema, guideJsonSchemaId} from './json-schema.js'
export {
  LevelListEntrySchema,
  LevelSchema,
  PlanEntrySchema,
  PlanRoleSchema,
  reservedLevelIds,
  type Level,
  type LevelListEntry,
  type PlanEntry,
  type PlanRole
} from './level.js'
export {OverviewSchema, type Overview} from './overview.js'
export {PartSchema, type Part} from './part.js'
export {PointSchema, PositionSchema, type Point, type Position} from './position.js'
export {RichTextSchema, type RichText} from './rich-text.js'
export {CriterionSchema, type Criterion} from './rubric.js'
export {SectionSchema, type Section} from './section.js'
export {allowedSchemes, unsafeScheme} from './url.js'

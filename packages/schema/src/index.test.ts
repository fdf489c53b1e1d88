import {describe, expect, it} from 'vitest'
import * as api from './index.js'

describe('@org/llm-interview-schema public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BreakSchema",
        "CodeSchema",
        "CriterionSchema",
        "DurationSchema",
        "FormattingSchema",
        "GroupSchema",
        "GuideHeadingsSchema",
        "GuideSchema",
        "HeadingSchema",
        "InlineCodeSchema",
        "InlineSchema",
        "ItemKindSchema",
        "ItemSchema",
        "LevelListEntrySchema",
        "LevelSchema",
        "LinkSchema",
        "OverviewSchema",
        "PartSchema",
        "PlanEntrySchema",
        "PlanRoleSchema",
        "PointSchema",
        "PositionSchema",
        "RichTextSchema",
        "SectionSchema",
        "TextSchema",
        "allowedSchemes",
        "checkGuide",
        "formatDuration",
        "guideJsonSchema",
        "guideJsonSchemaId",
        "reservedLevelIds",
        "schemaVersion",
        "sumDurations",
        "unsafeScheme",
      ]
    `)
  })
})

import {describe, expectTypeOf, it} from 'vitest'
import type {z} from 'zod'
import type * as api from './index.js'

// The exported interfaces carry the hover docs; the schemas' inferred types
// must stay exactly those interfaces (checked by `tsc -p tsconfig.json`).
describe('the documented interfaces are the schemas\' types', () => {
  it('matches each object schema', () => {
    expectTypeOf<z.output<typeof api.GuideSchema>>().toEqualTypeOf<api.Guide>()
    expectTypeOf<z.input<typeof api.GuideSchema>>().toEqualTypeOf<api.GuideInput>()
    expectTypeOf<z.output<typeof api.GuideHeadingsSchema>>().toEqualTypeOf<api.GuideHeadings>()
    expectTypeOf<z.output<typeof api.PartSchema>>().toEqualTypeOf<api.Part>()
    expectTypeOf<z.output<typeof api.SectionSchema>>().toEqualTypeOf<api.Section>()
    expectTypeOf<z.output<typeof api.GroupSchema>>().toEqualTypeOf<api.Group>()
    expectTypeOf<z.output<typeof api.ItemSchema>>().toEqualTypeOf<api.Item>()
    expectTypeOf<z.output<typeof api.CodeSchema>>().toEqualTypeOf<api.Code>()
    expectTypeOf<z.output<typeof api.ItemKindSchema>>().toEqualTypeOf<api.ItemKind>()
    expectTypeOf<z.output<typeof api.CriterionSchema>>().toEqualTypeOf<api.Criterion>()
    expectTypeOf<z.output<typeof api.LevelSchema>>().toEqualTypeOf<api.Level>()
    expectTypeOf<z.output<typeof api.LevelListEntrySchema>>().toEqualTypeOf<api.LevelListEntry>()
    expectTypeOf<z.output<typeof api.PlanEntrySchema>>().toEqualTypeOf<api.PlanEntry>()
    expectTypeOf<z.output<typeof api.PlanRoleSchema>>().toEqualTypeOf<api.PlanRole>()
    expectTypeOf<z.output<typeof api.DurationSchema>>().toEqualTypeOf<api.Duration>()
    expectTypeOf<z.output<typeof api.OverviewSchema>>().toEqualTypeOf<api.Overview>()
    expectTypeOf<z.output<typeof api.HeadingSchema>>().toEqualTypeOf<api.Heading>()
    expectTypeOf<z.output<typeof api.RichTextSchema>>().toEqualTypeOf<api.RichText>()
    expectTypeOf<z.output<typeof api.PositionSchema>>().toEqualTypeOf<api.Position>()
    expectTypeOf<z.output<typeof api.PointSchema>>().toEqualTypeOf<api.Point>()
    expectTypeOf<z.output<typeof api.InlineSchema>>().toEqualTypeOf<api.Inline>()
    expectTypeOf<z.output<typeof api.TextSchema>>().toEqualTypeOf<api.InlineText>()
    expectTypeOf<z.output<typeof api.InlineCodeSchema>>().toEqualTypeOf<api.InlineCode>()
    expectTypeOf<z.output<typeof api.BreakSchema>>().toEqualTypeOf<api.InlineBreak>()
    expectTypeOf<z.output<typeof api.FormattingSchema>>().toEqualTypeOf<api.InlineFormatting>()
    expectTypeOf<z.output<typeof api.LinkSchema>>().toEqualTypeOf<api.InlineLink>()
  })
})

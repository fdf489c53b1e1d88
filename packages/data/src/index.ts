export type {
  Code,
  Criterion,
  Duration,
  Group,
  Guide,
  GuideHeadings,
  Heading,
  Inline,
  Item,
  Level,
  LevelListEntry,
  Overview,
  Part,
  PlanEntry,
  Point,
  Position,
  RichText,
  Section
} from './generated/guide.js'
export {guides, loadGuide, type GuideId, type GuideVersion} from './guides.js'
export type {GuideVersions} from './types.js'

export {diffGuides} from './diff.js'
export {formatDiff, type DiffFormat} from './format.js'
export {diffContent, type DiffLinks} from './page.js'
export {similarity} from './similarity.js'
export {rewordThreshold} from './topics.js'
export type {
  Change,
  CriterionChange,
  CriterionRef,
  DiffSummary,
  GuideDiff,
  LevelChange,
  LevelDiff,
  LevelRef,
  PartChange,
  PartDiff,
  PartRef,
  PlanChange,
  PlanSlot,
  RewordedTopic,
  RubricDiff,
  SectionChange,
  SectionDiff,
  SectionRef,
  TopicDiff,
  TopicRef,
  TotalChange
} from './types.js'

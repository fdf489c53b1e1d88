import type {Duration, ItemKind, PlanRole} from '@org/llm-interview-schema'

/** A value in the old version and in the new one. */
export interface Change<T> {
  from: T
  to: T
}

/**
 * Where a topic is and what it says: an item (or nested item) of a group of
 * a section. Its identity is `text`, `section`, `group` and `parent`.
 */
export interface TopicRef {
  /** The item's ID in its version (an HTML anchor there). */
  id: string
  kind: ItemKind
  /** The item's plain text. */
  text: string
  /** The code, only for a bare code block (which has no text of its own). */
  code?: string
  /** Section ID, e.g. `1.1`. */
  section: string
  /** Section title, for display. */
  sectionTitle: string
  /** Title of the `####` group; absent for items before the first group heading. */
  group?: string
  /** Text of the parent item; absent for a top-level item. */
  parent?: string
}

/** A topic whose text changed (and maybe its place too). */
export interface RewordedTopic extends Change<TopicRef> {
  /** Dice coefficient of the two normalised texts, rounded to 2 decimals. */
  similarity: number
}

/** Topic changes; unchanged topics are not listed. */
export interface TopicDiff {
  added: TopicRef[]
  removed: TopicRef[]
  reworded: RewordedTopic[]
  /** Same text, another section, group or parent item. */
  moved: Change<TopicRef>[]
}

/** A section as listed when added or removed. */
export interface SectionRef {
  id: string
  title: string
  duration: Duration
}

/** A section in both versions with what changed; absent fields did not. */
export interface SectionChange {
  id: string
  /** Title in the new version. */
  title: string
  renamed?: Change<string>
  duration?: Change<Duration>
  /** Plain text of the objective. */
  objective?: Change<string>
}

export interface SectionDiff {
  added: SectionRef[]
  removed: SectionRef[]
  changed: SectionChange[]
}

/** A part as listed when added or removed. */
export interface PartRef {
  number: number
  ordinal: string
  title: string
  duration: Duration
}

/** A part (matched by number) with what changed; absent fields did not. */
export interface PartChange {
  number: number
  ordinal: string
  /** Title in the new version. */
  title: string
  renamed?: Change<string>
  duration?: Change<Duration>
}

export interface PartDiff {
  added: PartRef[]
  removed: PartRef[]
  changed: PartChange[]
}

/** A rubric criterion as listed when added or removed. */
export interface CriterionRef {
  title: string
  weight: number
}

/** A criterion (matched by title) whose weight changed. */
export interface CriterionChange {
  title: string
  weight: Change<number>
}

export interface RubricDiff {
  added: CriterionRef[]
  removed: CriterionRef[]
  changed: CriterionChange[]
}

/** A section's place in a level's plan. */
export interface PlanSlot {
  role: PlanRole
  /** Planned minutes; 0 when skipped. */
  minutes: number
}

/** A section whose role or minutes changed in a level's plan; a missing side means not planned there. */
export interface PlanChange {
  section: string
  /** The section's title (in the new version when it has the section), for display. */
  title: string
  from?: PlanSlot
  to?: PlanSlot
}

/** A level as listed when added or removed. */
export interface LevelRef {
  id: string
  label: string
  /** Total planned minutes. */
  minutes: number
}

/** A level (matched by ID) whose plan changed. */
export interface LevelChange {
  id: string
  /** Label in the new version. */
  label: string
  /** Total planned minutes, when it changed. */
  minutes?: Change<number>
  /** Sections whose role or minutes changed, in the new plan's order, then dropped ones. */
  sections: PlanChange[]
}

export interface LevelDiff {
  added: LevelRef[]
  removed: LevelRef[]
  changed: LevelChange[]
}

/** The guide's planned time (sum of its parts) before and after. */
export interface TotalChange extends Change<Duration> {
  /** `to - from`, minimums and maximums separately; negative when shorter. */
  delta: {min: number; max: number}
}

/** How many changes of each kind; `changes` adds them all up. */
export interface DiffSummary {
  topics: {added: number; removed: number; reworded: number; moved: number}
  sections: {added: number; removed: number; changed: number}
  parts: {added: number; removed: number; changed: number}
  rubric: {added: number; removed: number; changed: number}
  levels: {added: number; removed: number; changed: number}
  /** 0 when the two versions do not differ in anything the diff looks at. */
  changes: number
}

/** What changed from one version of a guide to another. Plain JSON data. */
export interface GuideDiff {
  /** `version` of the old guide, e.g. `1.0.0`. */
  from: string
  /** `version` of the new guide, e.g. `next`. */
  to: string
  total: TotalChange
  summary: DiffSummary
  topics: TopicDiff
  sections: SectionDiff
  parts: PartDiff
  rubric: RubricDiff
  levels: LevelDiff
}

/** A path from the guide's root to a value: property names and array indexes. */
export type GuidePath = (string | number)[]

/** A broken invariant of a guide, found by `checkGuide`. */
export interface GuideIssue {
  /** Where: e.g. `['parts', 0, 'sections', 1, 'id']`. */
  path: GuidePath
  /** The rule, named as the parser names it: `duration`, `numbering`, `part-duration`, `rubric-weight`, `level-plan` or `unsafe-url`. */
  ruleId: string
  /** "Unexpected X, expected Y". */
  message: string
}

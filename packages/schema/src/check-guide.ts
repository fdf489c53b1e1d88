import {checkDurations} from './checks/durations.js'
import type {GuideIssue} from './checks/issue.js'
import {checkLevels} from './checks/levels.js'
import {checkLinks} from './checks/links.js'
import {checkNumbering} from './checks/numbering.js'
import {checkRubric} from './checks/rubric.js'
import type {Guide} from './guide.js'

export type {GuideIssue, GuidePath} from './checks/issue.js'

/**
 * The invariants of a guide that no JSON Schema can hold, for a guide that
 * `GuideSchema` (or the JSON Schema) accepted: every `min <= max`, sections
 * fitting their part, numbering and unique section ids, rubric weights adding
 * up to 100, level plans naming every real section once, level labels and the
 * level list matching, and safe link targets. Returns every broken one with
 * its path; an empty list when the guide keeps them all. The parser reports
 * the same rules (same `ruleId`s) at their source lines.
 */
export function checkGuide(guide: Guide): GuideIssue[] {
  return [...checkDurations(guide), ...checkNumbering(guide), ...checkRubric(guide), ...checkLevels(guide), ...checkLinks(guide)]
}

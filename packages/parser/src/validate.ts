import {checkGuide, GuideSchema, type Guide, type GuideInput, type GuidePath} from '@org/llm-interview-schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {report} from './report.js'

/**
 * Validates a built guide with the schema, then with `checkGuide` (the
 * invariants no JSON Schema holds). The parser's own rules report those
 * invariants first, with their source lines, and stop before this step on
 * any error; `checkGuide` is the net that keeps the two in agreement. Each
 * issue is reported at the position of the nearest node on its path that
 * has one, never without.
 */
export function validateGuide(draft: GuideInput, file: VFile): Guide | undefined {
  const result = GuideSchema.safeParse(draft)
  if (!result.success) {
    for (const issue of result.error.issues) {
      report(file, {
        message: 'schema',
        params: {path: issue.path.join('.') || 'guide', issue: issue.message},
        place: nearestPosition(draft, issue.path)
      })
    }
    return undefined
  }
  const issues = checkGuide(result.data)
  reportGuideIssues(result.data, issues, file)
  return issues.length === 0 ? result.data : undefined
}

/** The catalogue entry of each rule `checkGuide` can break (its `ruleId` stays the rule's). */
const invariantKeys = {
  duration: 'duration/invariant',
  'part-duration': 'part-duration/invariant',
  numbering: 'numbering/invariant',
  'rubric-weight': 'rubric-weight/invariant',
  'level-plan': 'level-plan/invariant',
  'unsafe-url': 'unsafe-url/invariant'
} as const

/** Reports each `checkGuide` issue as an error at the nearest position on its path. */
export function reportGuideIssues(guide: Guide, issues: ReturnType<typeof checkGuide>, file: VFile): void {
  for (const issue of issues) {
    const key = Object.hasOwn(invariantKeys, issue.ruleId) ? invariantKeys[issue.ruleId as keyof typeof invariantKeys] : 'schema/invariant'
    report(file, {message: key, params: {issue: issue.message, path: issue.path.join('.') || 'guide'}, place: nearestPosition(guide, issue.path)})
  }
}

function nearestPosition(root: unknown, path: readonly PropertyKey[] | GuidePath): Position | undefined {
  let node: unknown = root
  let found: Position | undefined = positionOf(root)
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break
    node = (node as Record<PropertyKey, unknown>)[key]
    found = positionOf(node) ?? found
  }
  return found
}

function positionOf(node: unknown): Position | undefined {
  if (typeof node !== 'object' || node === null || !('position' in node)) return undefined
  return (node as {position?: Position}).position
}

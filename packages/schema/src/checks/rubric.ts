import type {Guide} from '../guide.js'
import type {GuideIssue} from './issue.js'

/** The rubric's weights add up to 100, when there is a rubric. */
export function checkRubric(guide: Guide): GuideIssue[] {
  if (guide.rubric.length === 0) return []
  const total = guide.rubric.reduce((sum, criterion) => sum + criterion.weight, 0)
  if (Math.abs(total - 100) < 1e-9) return []
  return [{path: ['rubric'], ruleId: 'rubric-weight', message: `Unexpected rubric weights totalling ${Number(total.toFixed(2))}%, expected 100%`}]
}

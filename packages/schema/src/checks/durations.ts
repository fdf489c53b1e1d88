import {formatDuration, sumDurations, type Duration} from '../duration.js'
import type {Guide} from '../guide.js'
import type {GuideIssue, GuidePath} from './issue.js'

/** Every duration runs from `min` to `max`; a part's sections fit within the part. */
export function checkDurations(guide: Guide): GuideIssue[] {
  const issues: GuideIssue[] = []
  const ordered = (duration: Duration, path: GuidePath) => {
    if (duration.min <= duration.max) return true
    issues.push({
      path: [...path, 'max'],
      ruleId: 'duration',
      message: `Unexpected duration with min ${duration.min} above max ${duration.max}, expected min <= max`
    })
    return false
  }
  ordered(guide.duration, ['duration'])
  guide.parts.forEach((part, p) => {
    const partOrdered = ordered(part.duration, ['parts', p, 'duration'])
    const sectionsOrdered = part.sections.map((section, s) => ordered(section.duration, ['parts', p, 'sections', s, 'duration']))
    if (!partOrdered || sectionsOrdered.includes(false) || part.sections.length === 0) return
    const total = sumDurations(part.sections.map((section) => section.duration))
    if (total.min >= part.duration.min && total.max <= part.duration.max) return
    issues.push({
      path: ['parts', p, 'duration'],
      ruleId: 'part-duration',
      message: `Unexpected sections totalling ${formatDuration(total)} minutes in part ${part.id}, expected ${formatDuration(part.duration)}`
    })
  })
  return issues
}

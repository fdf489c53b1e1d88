import type {Guide} from '../guide.js'
import type {GuideIssue} from './issue.js'

/**
 * Level ids are unique; each plan names every section of the guide exactly
 * once, gives skipped sections 0 minutes and fits within the recommended
 * maximum; level labels and the advice's level list (when the guide has
 * one) name each other.
 */
export function checkLevels(guide: Guide): GuideIssue[] {
  const issues: GuideIssue[] = []
  const sections = guide.parts.flatMap((part) => part.sections.map((section) => section.id))
  const known = new Set(sections)
  const levelIds = new Set<string>()
  guide.levels.forEach((level, l) => {
    if (levelIds.has(level.id)) issues.push({path: ['levels', l, 'id'], ruleId: 'level-plan', message: `Unexpected duplicate level id \`${level.id}\`, expected each level once`})
    levelIds.add(level.id)
    const planned = new Set<string>()
    level.plan.forEach((entry, e) => {
      const at = ['levels', l, 'plan', e]
      if (!known.has(entry.section)) {
        issues.push({path: [...at, 'section'], ruleId: 'level-plan', message: `Unexpected section \`${entry.section}\` in the plan of \`${level.id}\`, expected one of the guide's sections`})
      } else if (planned.has(entry.section)) {
        issues.push({path: [...at, 'section'], ruleId: 'level-plan', message: `Unexpected section \`${entry.section}\` planned twice for \`${level.id}\`, expected each section once`})
      }
      planned.add(entry.section)
      if (entry.role === 'skip' && entry.minutes !== 0) {
        issues.push({path: [...at, 'minutes'], ruleId: 'level-plan', message: `Unexpected ${entry.minutes} minutes for skipped section \`${entry.section}\`, expected 0`})
      }
    })
    const missing = sections.filter((id) => !planned.has(id))
    if (missing.length > 0) {
      issues.push({path: ['levels', l, 'plan'], ruleId: 'level-plan', message: `Unexpected plan of \`${level.id}\` without section${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, expected every section once`})
    }
    const total = level.plan.reduce((sum, entry) => sum + entry.minutes, 0)
    if (total > guide.duration.max) {
      issues.push({path: ['levels', l, 'plan'], ruleId: 'level-plan', message: `Unexpected plan of \`${level.id}\` totalling ${total} minutes, expected at most ${guide.duration.max} as recommended`})
    }
  })
  issues.push(...checkLevelList(guide))
  return issues
}

function checkLevelList(guide: Guide): GuideIssue[] {
  const list = guide.levelList
  if (list === undefined || guide.levels.length === 0) return []
  if (list.length === 0) return [{path: ['levelList'], ruleId: 'level-plan', message: 'Unexpected levels without a level list, expected an entry in `levelList` for each level'}]
  const issues: GuideIssue[] = []
  const listed = new Set(list.map((entry) => entry.label))
  const labels = new Set(guide.levels.map((level) => level.label))
  guide.levels.forEach((level, l) => {
    if (!listed.has(level.label)) issues.push({path: ['levels', l, 'label'], ruleId: 'level-plan', message: `Unexpected level label \`${level.label}\` not in the level list, expected one of its labels`})
  })
  list.forEach((entry, e) => {
    if (!labels.has(entry.label)) issues.push({path: ['levelList', e, 'label'], ruleId: 'level-plan', message: `Unexpected level \`${entry.label}\` in the level list without a level, expected a level with this label`})
  })
  return issues
}

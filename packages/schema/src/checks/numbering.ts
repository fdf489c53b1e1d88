import type {Guide} from '../guide.js'
import type {GuideIssue} from './issue.js'

/**
 * Parts are numbered 1, 2, 3... with ids `part-<n>`; sections 1, 2, 3...
 * within their part with ids `<part>.<section>`, unique in the guide;
 * criterion ids are unique (content-derived, see the README's "IDs").
 */
export function checkNumbering(guide: Guide): GuideIssue[] {
  const issues: GuideIssue[] = []
  const sectionIds = new Map<string, string>()
  guide.parts.forEach((part, p) => {
    if (part.number !== p + 1) issues.push({path: ['parts', p, 'number'], ruleId: 'numbering', message: `Unexpected part number ${part.number}, expected ${p + 1}`})
    if (part.id !== `part-${part.number}`) issues.push({path: ['parts', p, 'id'], ruleId: 'numbering', message: `Unexpected part id \`${part.id}\`, expected \`part-${part.number}\``})
    part.sections.forEach((section, s) => {
      const at = `parts.${p}.sections.${s}`
      if (section.number !== s + 1) issues.push({path: ['parts', p, 'sections', s, 'number'], ruleId: 'numbering', message: `Unexpected section number ${section.number}, expected ${s + 1}`})
      const first = sectionIds.get(section.id)
      if (first !== undefined) {
        issues.push({path: ['parts', p, 'sections', s, 'id'], ruleId: 'numbering', message: `Unexpected duplicate section id \`${section.id}\` (first at ${first}), expected each section id once`})
      } else {
        sectionIds.set(section.id, at)
        const expected = `${part.number}.${section.number}`
        if (section.id !== expected) issues.push({path: ['parts', p, 'sections', s, 'id'], ruleId: 'numbering', message: `Unexpected section id \`${section.id}\`, expected \`${expected}\``})
      }
    })
  })
  const criterionIds = new Map<string, number>()
  guide.rubric.forEach((criterion, c) => {
    const first = criterionIds.get(criterion.id)
    if (first === undefined) criterionIds.set(criterion.id, c)
    else issues.push({path: ['rubric', c, 'id'], ruleId: 'numbering', message: `Unexpected duplicate criterion id \`${criterion.id}\` (first at rubric.${first}), expected each criterion id once`})
  })
  return issues
}

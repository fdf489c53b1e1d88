import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkGuide, GuideSchema, type Guide} from './index.js'

// A guide of the parser's fixtures (written for them, not the seed's text).
const valid = GuideSchema.parse(JSON.parse(readFileSync(new URL('../../parser/test/fixtures/valid/outline.json', import.meta.url), 'utf8')))

/** `checkGuide` on a copy of the valid guide changed by `edit`, as `ruleId path` lines. */
function issuesAfter(edit: (guide: Guide) => void): string[] {
  const guide = structuredClone(valid)
  edit(guide)
  return checkGuide(guide).map((issue) => `${issue.ruleId} ${issue.path.join('.')}`)
}

describe('checkGuide', () => {
  it('finds nothing wrong with a guide that keeps every invariant', () => {
    expect(checkGuide(valid)).toEqual([])
  })

  it('gives each issue a path, a rule and an "Unexpected X, expected Y" message', () => {
    const guide = structuredClone(valid)
    guide.parts[0]!.sections[1]!.id = guide.parts[0]!.sections[0]!.id
    const [first, ...rest] = checkGuide(guide)
    expect(first).toEqual({
      path: ['parts', 0, 'sections', 1, 'id'],
      ruleId: 'numbering',
      message: `Unexpected duplicate section id \`${guide.parts[0]!.sections[0]!.id}\` (first at parts.0.sections.0), expected each section id once`
    })
    // The plans now name a section the guide no longer has.
    expect(rest.map((issue) => `${issue.ruleId} ${issue.path.join('.')}`)).toEqual(['level-plan levels.0.plan.1.section', 'level-plan levels.1.plan.2.section'])
    expect(rest[0]!.message).toMatch(/^Unexpected section `.+` in the plan of `.+`, expected one of the guide's sections$/)
  })

  it('holds min <= max on every duration (no JSON Schema can)', () => {
    expect(issuesAfter((g) => (g.duration = {min: 90, max: 60}))).toEqual(['duration duration.max'])
    expect(issuesAfter((g) => (g.parts[1]!.duration = {min: 30, max: 20}))).toEqual(['duration parts.1.duration.max'])
    expect(issuesAfter((g) => (g.parts[0]!.sections[0]!.duration = {min: 16, max: 15}))).toEqual(['duration parts.0.sections.0.duration.max'])
  })

  it('fits the sections of a part within its duration', () => {
    expect(issuesAfter((g) => (g.parts[0]!.duration = {min: 10, max: 15}))).toEqual(['part-duration parts.0.duration'])
    expect(issuesAfter((g) => (g.parts[0]!.sections[1]!.duration = {min: 5, max: 30}))).toEqual(['part-duration parts.0.duration'])
  })

  it('holds the numbering of parts, sections and criteria', () => {
    expect(issuesAfter((g) => (g.parts[1]!.id = 'part-7'))).toEqual(['numbering parts.1.id'])
    expect(issuesAfter((g) => (g.parts[1]!.number = 3))).toEqual(['numbering parts.1.number', 'numbering parts.1.id', 'numbering parts.1.sections.0.id'])
    expect(issuesAfter((g) => (g.parts[0]!.sections[1]!.number = 3))).toEqual(['numbering parts.0.sections.1.number', 'numbering parts.0.sections.1.id'])
    expect(issuesAfter((g) => (g.rubric[1]!.id = g.rubric[0]!.id))).toEqual(['numbering rubric.1.id'])
  })

  it('adds the rubric weights up to 100, when there is a rubric', () => {
    expect(issuesAfter((g) => (g.rubric[0]!.weight = 50))).toEqual(['rubric-weight rubric'])
    expect(issuesAfter((g) => (g.rubric = []))).toEqual([])
    expect(issuesAfter((g) => g.rubric.forEach((c, i) => (c.weight = i === 0 ? 100 / 3 : 200 / 3)))).toEqual([])
  })

  it('holds the level plans: real sections, each once, skipped ones at 0 minutes, within the recommended maximum', () => {
    expect(issuesAfter((g) => (g.levels[0]!.plan[0]!.section = '9.9'))).toEqual(['level-plan levels.0.plan.0.section', 'level-plan levels.0.plan'])
    expect(issuesAfter((g) => g.levels[0]!.plan.pop())).toEqual(['level-plan levels.0.plan'])
    expect(issuesAfter((g) => (g.levels[1]!.plan[2]!.minutes = 5))).toEqual(['level-plan levels.1.plan.2.minutes'])
    expect(issuesAfter((g) => (g.levels[0]!.plan[2]!.minutes = 60))).toEqual(['level-plan levels.0.plan'])
    expect(issuesAfter((g) => (g.levels[1]!.id = g.levels[0]!.id))).toEqual(['level-plan levels.1.id'])
  })

  it('matches level labels with the level list, when the guide has one', () => {
    expect(issuesAfter((g) => (g.levels[0]!.label = '其他'))).toEqual(['level-plan levels.0.label', 'level-plan levelList.0.label'])
    expect(issuesAfter((g) => (g.levelList = []))).toEqual(['level-plan levelList'])
    expect(issuesAfter((g) => delete g.levelList)).toEqual([])
  })

  it('rejects unsafe link targets wherever inline content sits', () => {
    const link = (url: string) => ({type: 'link' as const, url, children: [{type: 'text' as const, value: 'x'}]})
    expect(
      issuesAfter((g) => {
        g.parts[0]!.sections[0]!.objective.inlines.push(link('javascript:alert(1)'))
        g.closing.push({inlines: [{type: 'strong', children: [link('java\tscript:x')]}], text: 'x'})
        g.parts[1]!.titleInlines = [link('data:text/html,x'), link('https://example.com/'), link('#1.1'), link('../notes/a.md'), link('mailto:a@example.com')]
      })
    ).toEqual([
      'unsafe-url parts.0.sections.0.objective.inlines.' + valid.parts[0]!.sections[0]!.objective.inlines.length + '.url',
      'unsafe-url parts.1.titleInlines.0.url',
      'unsafe-url closing.' + valid.closing.length + '.inlines.0.children.0.url'
    ])
  })
})

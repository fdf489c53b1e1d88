import {formatDuration, type Duration, type Level, type Part, type PlanEntry, type PlanRole, type Section} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import type {LevelDeclaration} from '../front-matter.js'
import type {LevelFocus} from '../outline/appendix.js'
import {toPosition} from '../position.js'
import {report} from '../report.js'

const roles: readonly PlanRole[] = ['core', 'optional', 'skip']

/**
 * Joins the levels declared in the front matter with their focus statements
 * in the body, and checks each plan: known sections, each section once,
 * valid roles, and a total within the recommended duration.
 */
export function buildLevels(
  declarations: readonly LevelDeclaration[],
  focus: readonly LevelFocus[],
  parts: readonly Part[],
  recommended: Duration | undefined,
  file: VFile,
  checkSections = true
): Level[] {
  const sections = new Map<string, Section>(parts.flatMap((part) => part.sections.map((s) => [s.id, s] as const)))
  const levels: Level[] = []
  const ids = new Set<string>()
  for (const declaration of declarations) {
    if (ids.has(declaration.id)) {
      report(file, {
        ruleId: 'level-plan',
        reason: `Unexpected duplicate level id \`${declaration.id}\`, expected each level once`,
        hint: 'Give each level its own `id`.',
        place: declaration.position
      })
      continue
    }
    ids.add(declaration.id)
    const statement = focus.find((f) => f.label === declaration.label)
    if (!statement && focus.length > 0) {
      report(file, {
        ruleId: 'level-plan',
        reason: `Unexpected level label \`${declaration.label}\` not found in the guide, expected a \`**${declaration.label}：** ...\` item in the advice`,
        hint: 'The label must equal the bold lead-in of the level\'s item in the body (without the colon).',
        place: declaration.labelPosition
      })
    }
    levels.push({
      id: declaration.id,
      label: declaration.label,
      focus: statement?.focus ?? {inlines: [], text: ''},
      plan: buildPlan(declaration, sections, recommended, file, checkSections),
      position: toPosition(declaration.position)
    })
  }
  return levels
}

function buildPlan(
  declaration: LevelDeclaration,
  sections: ReadonlyMap<string, Section>,
  recommended: Duration | undefined,
  file: VFile,
  checkSections: boolean
): PlanEntry[] {
  const plan: PlanEntry[] = []
  const planned = new Map<string, LevelDeclaration['plan'][number]>()
  for (const entry of declaration.plan) {
    const section = sections.get(entry.section)
    if (!section) {
      if (!checkSections) continue
      report(file, {
        ruleId: 'level-plan',
        reason: `Unexpected section \`${entry.section}\` in the plan of \`${declaration.id}\`, expected one of the guide's sections`,
        hint: `The guide has sections ${[...sections.keys()].join(', ')}.`,
        place: entry.sectionPosition
      })
      continue
    }
    const first = planned.get(entry.section)
    if (first) {
      report(file, {
        ruleId: 'level-plan',
        reason: `Unexpected section \`${entry.section}\` planned twice for \`${declaration.id}\`, expected each section once`,
        hint: 'Remove one of the two entries.',
        place: entry.position,
        related: {reason: `First entry for \`${entry.section}\``, place: first.position}
      })
      continue
    }
    planned.set(entry.section, entry)
    if (!(roles as readonly string[]).includes(entry.role)) {
      report(file, {
        ruleId: 'level-plan',
        reason: `Unexpected role \`${entry.role}\`, expected \`core\`, \`optional\` or \`skip\``,
        hint: 'core: always asked; optional: asked when time allows; skip: left out for this level.',
        place: entry.rolePosition
      })
      continue
    }
    const role = entry.role as PlanRole
    if (role === 'skip' && entry.minutes) {
      report(file, {
        ruleId: 'level-plan',
        reason: `Unexpected ${entry.minutes} minutes for skipped section \`${entry.section}\`, expected none`,
        hint: 'Remove `minutes`, or make the section `core` or `optional`.',
        place: entry.position
      })
    }
    const minutes = role === 'skip' ? 0 : (entry.minutes ?? section.duration.max)
    plan.push({section: entry.section, role, minutes, position: toPosition(entry.position)})
  }
  const missing = [...sections.keys()].filter((id) => !planned.has(id))
  if (checkSections && missing.length > 0) {
    report(file, {
      ruleId: 'level-plan',
      reason: `Unexpected plan of \`${declaration.id}\` without section${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, expected every section once`,
      hint: `Add \`- {section: ${missing[0]}, role: skip}\` (or core/optional with minutes) so every section has a place in the level's interview.`,
      place: declaration.position
    })
  }
  if (recommended) checkPlanTotal(declaration, plan, recommended, file)
  return plan
}

function checkPlanTotal(declaration: LevelDeclaration, plan: readonly PlanEntry[], recommended: Duration, file: VFile): void {
  const total = plan.reduce((sum, entry) => sum + entry.minutes, 0)
  if (total >= recommended.min && total <= recommended.max) return
  const over = total > recommended.max
  report(file, {
    ruleId: 'level-plan',
    severity: over ? 'error' : 'warning',
    reason: `Unexpected plan of \`${declaration.id}\` totalling ${total} minutes, expected ${formatDuration(recommended)} minutes as recommended`,
    hint: over
      ? 'The plan overruns the interview: lower some minutes, or skip a section.'
      : 'The plan leaves time unused: give sections more minutes or add optional ones.',
    place: declaration.position
  })
}

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
        message: 'level-plan/duplicate-id',
        params: {id: declaration.id},
        place: declaration.position
      })
      continue
    }
    ids.add(declaration.id)
    const statement = focus.find((f) => f.label === declaration.label)
    if (!statement && focus.length > 0) {
      report(file, {
        message: 'level-plan/label-not-found',
        params: {label: declaration.label},
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
        message: 'level-plan/unknown-section',
        params: {section: entry.section, level: declaration.id, sections: [...sections.keys()]},
        place: entry.sectionPosition
      })
      continue
    }
    const first = planned.get(entry.section)
    if (first) {
      report(file, {
        message: 'level-plan/section-twice',
        params: {section: entry.section, level: declaration.id},
        place: entry.position,
        related: {place: first.position}
      })
      continue
    }
    planned.set(entry.section, entry)
    if (!(roles as readonly string[]).includes(entry.role)) {
      report(file, {
        message: 'level-plan/role',
        params: {role: entry.role},
        place: entry.rolePosition
      })
      continue
    }
    const role = entry.role as PlanRole
    if (role === 'skip' && entry.minutes) {
      report(file, {
        message: 'level-plan/skipped-minutes',
        params: {minutes: entry.minutes, section: entry.section},
        place: entry.position
      })
    }
    const minutes = role === 'skip' ? 0 : (entry.minutes ?? section.duration.max)
    plan.push({section: entry.section, role, minutes, position: toPosition(entry.position)})
  }
  const missing = [...sections.keys()].filter((id) => !planned.has(id))
  if (checkSections && missing.length > 0) {
    report(file, {
      message: 'level-plan/missing-sections',
      params: {level: declaration.id, missing},
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
    message: over ? 'level-plan/total-over' : 'level-plan/total-under',
    severity: over ? 'error' : 'warning',
    params: {level: declaration.id, total, recommended: formatDuration(recommended)},
    place: declaration.position
  })
}

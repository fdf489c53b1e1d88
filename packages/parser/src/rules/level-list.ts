import type {Heading} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import type {FrontMatter} from '../front-matter.js'
import type {LevelFocus} from '../outline/appendix.js'
import {report} from '../report.js'

/**
 * Compares the level list found in the advice (by its structure) with the
 * levels the front matter declares: levels without a list, a list without
 * levels (only when the front matter is valid: otherwise the levels are
 * unknown), and listed labels that no level declares.
 */
export function checkLevelList(
  front: FrontMatter,
  focus: readonly LevelFocus[],
  listHeading: Heading | undefined,
  frontMatterValid: boolean,
  file: VFile
): void {
  const declared = front.levels.map((level) => level.label)
  if (declared.length > 0 && focus.length === 0) {
    report(file, {
      message: 'level-plan/no-level-list',
      params: {labels: declared},
      place: front.levelsPosition
    })
    return
  }
  if (declared.length === 0 && focus.length > 0) {
    if (!frontMatterValid) return
    report(file, {
      message: 'level-plan/no-plans',
      severity: 'warning',
      params: {labels: focus.map((f) => f.label)},
      place: listHeading?.position
    })
    return
  }
  for (const statement of focus) {
    if (declared.includes(statement.label)) continue
    report(file, {
      message: 'level-plan/undeclared-level',
      params: {label: statement.label, declared},
      place: statement.focus.position
    })
  }
}

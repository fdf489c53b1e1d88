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
      ruleId: 'level-plan',
      reason: `Unexpected levels without a level list in the guide, expected a \`###\` block in the advice listing ${declared.map((l) => `\`**${l}：** ...\``).join(', ')}`,
      hint: `Under the advice's \`##\` heading, add a \`###\` heading followed by one item per level, e.g. \`- **${declared[0]}：** 重点考核...\`; the bold text equals the level's \`label\`.`,
      place: front.levelsPosition
    })
    return
  }
  if (declared.length === 0 && focus.length > 0) {
    if (!frontMatterValid) return
    report(file, {
      ruleId: 'level-plan',
      severity: 'warning',
      reason: `Unexpected level list without plans, expected \`levels:\` in the front matter for ${focus.map((f) => `\`${f.label}\``).join(', ')}`,
      hint: 'Declare each level under `levels:` with an `id`, this `label` and a `plan` (`llm-interview new` writes them from the outline); until then the guide has no level pages.',
      place: listHeading?.position
    })
    return
  }
  for (const statement of focus) {
    if (declared.includes(statement.label)) continue
    report(file, {
      ruleId: 'level-plan',
      reason: `Unexpected level \`${statement.label}\` without a plan, expected one of ${declared.map((l) => `\`${l}\``).join(', ')}`,
      hint: 'Declare the level under `levels:` in the front matter, with `label` set to this bold text, or fix the label.',
      place: statement.focus.position
    })
  }
}

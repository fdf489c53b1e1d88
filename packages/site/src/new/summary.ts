import path from 'node:path'
import type {MessageLang} from '@org/llm-interview-parser'
import {formatDuration} from '@org/llm-interview-schema'
import {newSummaryTexts} from '../messages/new-summary.js'
import type {DerivedGuide} from './derive.js'

/** Where `new` wrote, for its report. */
export interface WrittenGuide {
  target: string
  /** The outline's path, or `(skeleton)`. */
  from: string
  name: string
  /** The lockfile updated, if any. */
  lock: string | undefined
  /** Whether the guide's folder is a workspace package (with or without a lockfile). */
  workspace: boolean
}

/** What `new` did and decided, and what to edit next, for the terminal, in `lang`. */
export function newGuideSummary(derived: DerivedGuide, where: WrittenGuide, lang: MessageLang): string {
  const text = newSummaryTexts[lang]
  const {guide, duration, levels} = derived
  const sections = guide.parts.reduce((n, p) => n + p.sections.length, 0)
  const guideFile = path.join(where.target, 'guide.md')
  const lines = [
    text.created({target: where.target, id: guide.id, title: guide.title, parts: guide.parts.length, sections}),
    text.guideFile({file: guideFile, from: where.from === '(skeleton)' ? undefined : where.from}),
    text.manifest({file: path.join(where.target, 'package.json'), name: where.name}),
    where.lock ? text.lockLinked({file: path.relative(process.cwd(), where.lock) || where.lock, name: where.name}) : text.lockAlone({workspace: where.workspace}),
    '',
    text.frontMatter,
    text.lang({lang: guide.lang}),
    duration.from === 'closing' ? text.durationStated({duration: formatDuration(duration.value), line: duration.line}) : text.durationParts({duration: formatDuration(duration.value)})
  ]
  if (levels.length === 0) lines.push(text.noLevels)
  else {
    lines.push(text.levels({count: levels.length}))
    for (const level of levels) lines.push(`    ${level.id}: ${level.label}`)
    lines.push(derived.scaled ? text.plansScaled({total: derived.sectionTotal, max: duration.value.max}) : text.plans)
  }
  lines.push('', text.next, text.editFrontMatter({file: guideFile, levels: levels.length > 0}), text.check({target: where.target}), text.preview, '')
  return lines.join('\n')
}

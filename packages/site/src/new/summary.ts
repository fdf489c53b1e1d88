import path from 'node:path'
import {formatDuration} from '@org/llm-interview-schema'
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

/** What `new` did and decided, and what to edit next, for the terminal. */
export function newGuideSummary(derived: DerivedGuide, where: WrittenGuide): string {
  const {guide, duration, levels} = derived
  const sections = guide.parts.reduce((n, p) => n + p.sections.length, 0)
  const guideFile = path.join(where.target, 'guide.md')
  const lines = [
    `Created ${where.target}/ (guide \`${guide.id}\`, "${guide.title}": ${plural(guide.parts.length, 'part')}, ${plural(sections, 'section')})`,
    `  ${guideFile}: front matter, then ${where.from === '(skeleton)' ? 'a skeleton outline to fill in' : `the body of ${where.from} unchanged`}`,
    `  ${path.join(where.target, 'package.json')}: ${where.name} 0.0.0 (not released yet)`,
    where.lock
      ? `  ${path.relative(process.cwd(), where.lock) || where.lock}: links ${where.name}, so npm ci passes as it is`
      : `  package-lock.json: left alone (${where.workspace ? 'it already links the guide' : 'the content folder is not in an npm workspace with a lockfile'})`,
    '',
    'Front matter:',
    `  lang: ${guide.lang} (the default; change it if the outline is in another language)`,
    duration.from === 'closing'
      ? `  duration: ${formatDuration(duration.value)} (as the closing note states${duration.line ? ` on line ${duration.line}` : ''})`
      : `  duration: ${formatDuration(duration.value)} (the outline states none: chose the parts' total; set the recommended length)`
  ]
  if (levels.length === 0) lines.push('  levels: none (the advice has no `- **Level：** focus` list); the guide has no level pages')
  else {
    lines.push(`  levels: ${levels.length}, ids by position (level-1, level-2, ...): rename them to words, they are URLs`)
    for (const level of levels) lines.push(`    ${level.id}: ${level.label}`)
    lines.push(
      derived.scaled
        ? `  plans: every section once, in source order, core; the sections add up to ${derived.sectionTotal} minutes, over ${duration.value.max}, so their minutes are scaled down to fit`
        : '  plans: every section once, in source order, core, with the minutes of the section'
    )
  }
  lines.push(
    '',
    'Next:',
    `  1. Edit the front matter of ${guideFile}: ${levels.length > 0 ? 'level ids, and per level which sections are core, optional or skip, and their minutes' : 'duration and lang'}.`,
    `  2. npx llm-interview check ${where.target}`,
    '  3. npm run dev, to preview it; to release it, add a changeset bumping the guide package (see CONTRIBUTING.md).',
    ''
  )
  return lines.join('\n')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

import {formatDuration, type Duration, type PlanRole} from '@org/llm-interview-schema'

/** A level of a new guide, as its front matter declares it. */
export interface LevelDraft {
  id: string
  label: string
  plan: {section: string; role: PlanRole; minutes?: number}[]
}

/** What `new` writes in front of the outline's body. */
export interface FrontMatterDraft {
  id: string
  lang: string
  duration: Duration
  levels: LevelDraft[]
  /** Comment lines written first (without `#`), saying where values came from. */
  notes?: string[]
}

/** The id `new` gives the n-th level (from 1): `level-1`, `level-2`, ... */
export function levelId(n: number): string {
  return `level-${n}`
}

/**
 * The front matter block, `---` lines included, in the format of the
 * parser's README; `eol` is the body's line ending.
 */
export function frontMatterText(draft: FrontMatterDraft, eol = '\n'): string {
  const lines = ['---', ...(draft.notes ?? []).map((note) => `# ${note}`), `id: ${draft.id}`, `lang: ${draft.lang}`, `duration: ${formatDuration(draft.duration)}`]
  if (draft.levels.length > 0) {
    lines.push(
      '# One plan per candidate level. `label` is the bold lead-in of that level in',
      "# the body's advice list; `plan` lists every section once, in interview order:",
      "# role is core, optional or skip; minutes defaults to the section's duration.",
      'levels:'
    )
    for (const level of draft.levels) {
      lines.push(`  - id: ${level.id}`, `    label: ${yamlString(level.label)}`, '    plan:')
      for (const entry of level.plan) {
        lines.push(`      - {section: ${entry.section}, role: ${entry.role}${entry.minutes === undefined ? '' : `, minutes: ${entry.minutes}`}}`)
      }
    }
  }
  lines.push('---', '')
  return lines.join(eol)
}

/** A YAML scalar for `text`: plain when that reads back the same, else double-quoted. */
function yamlString(text: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/.test(text) && !/:(\s|$)|\s$/.test(text)
  return plain ? text : JSON.stringify(text)
}

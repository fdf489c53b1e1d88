import {formatDuration, sumDurations, type Guide} from '@org/llm-interview-schema'
import {stringsFor} from '@org/llm-interview-renderer'
import {escapeMarkdown} from './markdown.js'

/**
 * What a guide with no release yet brings, for output about several guides:
 * its title marked as new, and its size. `text` or `md` (a `##` headline and
 * the size in bold, as a diff starts). No trailing newline. `label` says
 * why it is new: not released yet, or absent from the content compared with.
 */
export function formatNewGuide(guide: Guide, format: 'text' | 'md', label?: string): string {
  const s = stringsFor(guide.lang)
  const sections = guide.parts.reduce((n, part) => n + part.sections.length, 0)
  const duration = s.minutes(formatDuration(sumDurations(guide.parts.map((part) => part.duration))))
  const title = `${guide.title} · ${label ?? s.diff.newGuide}`
  const summary = s.diff.newGuideSummary(guide.parts.length, sections, duration)
  return format === 'md' ? `## ${escapeMarkdown(title)}\n\n**${escapeMarkdown(summary)}**` : `${title}\n${summary}`
}

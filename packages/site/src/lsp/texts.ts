import {formatDuration, type Duration} from '@org/llm-interview-schema'

// What the language server shows beside completions and in hovers, kept in
// one place with the other editor-facing strings of the site.

/** A section's duration, e.g. `10 min` or `25-30 min`. */
export const minutesText = (duration: Duration): string => `${formatDuration(duration)} min`

/** Completion detail of a section id. */
export const sectionDetail = (title: string, duration: Duration): string => `${title} · ${minutesText(duration)}`

/** Hover of a section id in a plan. */
export const sectionHover = (id: string, title: string, duration: Duration): string => `**${id} ${escapeMarkdown(title)}**\n\nDuration: ${minutesText(duration)}`

/** Completion detail of a level id taken from another version of the guide. */
export const levelIdDetail = 'Level id of another version of this guide'

/** Completion detail of a label from the body's level list. */
export const labelDetail = 'Level in the body\'s level list'

/** `text` shown literally in Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+\-.!|~]/g, '\\$&')
}

/** The output formats of `llm-interview debrief`. */
export const debriefFormats = ['md', 'json', 'html'] as const

export type DebriefFormat = (typeof debriefFormats)[number]

import type {Duration, GuideInput} from '@org/llm-interview-schema'

/** A section as the language server shows it. */
export interface SectionSummary {
  id: string
  title: string
  duration: Duration
}

/** The sections of an outline, in source order. */
export function sectionsOf(outline: GuideInput | undefined): SectionSummary[] {
  return (outline?.parts ?? []).flatMap((part) => part.sections.map(({id, title, duration}) => ({id, title, duration})))
}

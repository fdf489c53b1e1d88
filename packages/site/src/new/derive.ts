import {parse, resolveMessageLang} from '@org/llm-interview-parser'
import {formatDuration, sumDurations, type Duration, type Guide} from '@org/llm-interview-schema'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {newSummaryTexts} from '../messages/new-summary.js'
import {scanOutline} from './candidates.js'
import {frontMatterText, levelId, type FrontMatterDraft, type LevelDraft} from './front-matter.js'
import {errorCount, messagesOnBody} from './messages.js'
import {fitMinutes, sectionMinutes, statedDuration} from './plan-minutes.js'

export interface DeriveOptions {
  id: string
  lang: string
  /** The outline's path, for messages about it. */
  from: string
  /** The path the guide will have, for messages about the result. */
  guidePath: string
}

/** A guide made from an outline: its source and what was decided on the way. */
export interface DerivedGuide {
  /** `guide.md`: the front matter, then the outline's body unchanged. */
  source: string
  guide: Guide
  /** Where the recommended duration came from. */
  duration: {value: Duration; from: 'closing'; line: number | undefined} | {value: Duration; from: 'parts'}
  levels: {id: string; label: string}[]
  /** True when the plans' minutes were scaled down to fit the duration. */
  scaled: boolean
  /** Total minutes of the sections, each at its longest. */
  sectionTotal: number
  /** Warnings about the new guide (at its lines in `guide.md`). */
  warnings: VFileMessage[]
}

export type DeriveResult = {ok: true; derived: DerivedGuide} | {ok: false; file: VFile}

/** A duration wide enough that no check of a trial parse is about it. */
const anyDuration: Duration = {min: 1, max: 100_000}

/**
 * Turns an outline's body (Markdown without front matter) into a guide
 * source: front matter with `id`, `lang`, the recommended `duration` (the
 * one the closing note states, else the parts' total) and one level per
 * label of the advice's level list, each planning every section once, in
 * source order, as `core` with the section's minutes (scaled down
 * proportionally when they add up to more than the duration allows). The
 * parser judges every step; when the outline does not parse, the result
 * holds its messages at the outline's own lines.
 */
export function deriveGuide(body: string, options: DeriveOptions): DeriveResult {
  const eol = body.includes('\r\n') ? '\r\n' : '\n'
  const scan = scanOutline(body)
  const trial = (labels: readonly string[]) => {
    const levels: LevelDraft[] = labels.map((label, index) => ({id: levelId(index + 1), label, plan: scan.sections.map((section) => ({section, role: 'core' as const}))}))
    const head = frontMatterText({id: options.id, lang: options.lang, duration: anyDuration, levels}, eol)
    return {labels, head, result: parse(head + body, {path: options.from})}
  }
  // Each candidate list of levels, then none: the first the guide parses with wins.
  const trials = [...scan.labelSets, []].map(trial)
  const chosen = trials.find((t) => t.result.guide)
  if (!chosen?.result.guide) {
    const closest = [...trials].sort((a, b) => errorCount(a.result.messages) - errorCount(b.result.messages))[0]!
    return {ok: false, file: messagesOnBody(closest.result.messages, lineCount(closest.head), options.from, body)}
  }
  const trialGuide = chosen.result.guide
  const stated = statedDuration(trialGuide.closing)
  const duration: DerivedGuide['duration'] = stated
    ? {value: stated.duration, from: 'closing', line: stated.at.position?.start.line === undefined ? undefined : stated.at.position.start.line - lineCount(chosen.head)}
    : {value: sumDurations(trialGuide.parts.map((p) => p.duration)), from: 'parts'}
  const sections = sectionMinutes(trialGuide)
  const sectionTotal = sections.reduce((sum, s) => sum + s.minutes, 0)
  const fitted = fitMinutes(sections.map((s) => s.minutes), duration.value.max)
  const levels: LevelDraft[] = chosen.labels.map((label, index) => ({
    id: levelId(index + 1),
    label,
    plan: sections.map((s, i) => ({section: s.section, role: 'core' as const, minutes: fitted.minutes[i]!}))
  }))
  const draft: FrontMatterDraft = {id: options.id, lang: options.lang, duration: duration.value, levels, notes: notes(duration, fitted.scaled, options.lang)}
  const source = frontMatterText(draft, eol) + body
  const final = parse(source, {path: options.guidePath})
  if (!final.guide) return {ok: false, file: messagesOnBody(final.messages, lineCount(frontMatterText(draft, eol)), options.from, body)}
  return {
    ok: true,
    derived: {
      source,
      guide: final.guide,
      duration,
      levels: levels.map(({id, label}) => ({id, label})),
      scaled: fitted.scaled,
      sectionTotal,
      warnings: final.messages
    }
  }
}

/** The comments at the top of the front matter, in the guide's language. */
function notes(duration: DerivedGuide['duration'], scaled: boolean, lang: string): string[] {
  const text = newSummaryTexts[resolveMessageLang(lang)]
  const lines = [text.noteWritten, duration.from === 'closing' ? text.noteDurationStated : text.noteDurationParts({duration: formatDuration(duration.value)})]
  if (scaled) lines.push(text.noteScaled)
  return lines
}

function lineCount(text: string): number {
  return text.split('\n').length - 1
}

// Shows what the interview's state computes: the clock, each section's time
// and overrun, the weighted scores and the total (labelled partial while
// criteria are unscored), also in the sticky clock.
import type {InterviewDom} from './dom.js'
import {fill, type InterviewText} from './export.js'
import type {InterviewRecord} from './record.js'
import {formatScore, scoreSummary, type ScoreSummary} from './score.js'
import {formatClock, timing} from './timing.js'

/** Sets text only when it changes, so live regions speak only of changes. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text
}

export function show(dom: InterviewDom, record: InterviewRecord, now: number): void {
  const {sheet, text, get} = dom
  const time = timing(sheet.sections, record.timer, now)
  const current = sheet.sections.find((s) => s.id === record.timer.current)
  const overrun = time.sections.some((s) => s.current && s.overrun > 0)
  setText(get('elapsed'), formatClock(time.spent))
  // From whole seconds spent, so that elapsed and remaining always add up to the plan.
  const remaining = time.planned - Math.floor(time.spent / 1000) * 1000
  setText(get('remaining'), remaining < 0 ? fill(text.over, {time: formatClock(-remaining)}) : formatClock(remaining))
  get('clock').classList.toggle('over', remaining < 0)
  setText(get('current'), current ? `${current.id} ${current.title}` : text.none)
  const state = time.running ? text.running : record.timer.current ? text.paused : text.notStarted
  // Spoken (aria-live): no running numbers, only the state, the section and whether it overran.
  setText(get('clock-status'), [state, ...(current ? [`${current.id} ${current.title}`] : []), ...(overrun ? [fill(text.overrun, {time: ''}).trim()] : [])].join(' · '))
  get<HTMLButtonElement>('start').disabled = time.running
  get<HTMLButtonElement>('pause').disabled = !time.running
  for (const section of time.sections) {
    const el = dom.sections.get(section.id)
    if (!el) continue
    el.classList.toggle('current', section.current)
    el.classList.toggle('overrun', section.overrun > 0)
    el.querySelector('.time-section')?.setAttribute('aria-pressed', String(section.current && time.running))
    const elapsed = el.querySelector('.elapsed')
    const note = el.querySelector('.overrun-note')
    if (elapsed) setText(elapsed, formatClock(section.spent))
    if (note) setText(note, section.overrun > 0 ? fill(text.overrun, {time: formatClock(section.overrun)}) : '')
  }
  const scores = scoreSummary(sheet.criteria, record.scores)
  for (const line of scores.lines) {
    const output = document.getElementById(`weighted-${line.id}`)
    if (output) setText(output, formatScore(line.weighted, text.none))
  }
  const total = formatScore(scores.total, text.none)
  const partial = scores.total !== null && scores.missing.length > 0
  setText(get('total'), partial ? fill(text.partialTotal, {total}) : total)
  setText(get('missing'), scores.total === null ? text.noScores : partial ? fill(text.missing, {n: scores.missing.length}) : text.complete)
  setText(get('summary'), summaryText(text, scores))
}

/** The sticky clock's line on the scores: none yet, partial (with the unscored count) or complete. */
export function summaryText(text: InterviewText, scores: ScoreSummary): string {
  const total = formatScore(scores.total, text.none)
  if (scores.total === null) return text.noScores
  return scores.missing.length > 0 ? fill(text.partialSummary, {total, n: scores.missing.length}) : fill(text.completeSummary, {total})
}

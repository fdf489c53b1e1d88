import type {Duration, Guide, RichText} from '@org/llm-interview-schema'

const stated = /(\d+)\s*(?:(?:-|–|—|~|～|至|到)\s*(\d+)\s*)?(?:分钟|min(?:utes?)?\b)/i

/**
 * The interview length an outline's closing note states (`控制在60-90分钟内`,
 * `about 45 minutes`), with the paragraph it came from; the first one wins.
 */
export function statedDuration(closing: readonly RichText[]): {duration: Duration; at: RichText} | undefined {
  for (const paragraph of closing) {
    const match = stated.exec(paragraph.text)
    if (!match) continue
    const min = Number(match[1])
    const max = match[2] === undefined ? min : Number(match[2])
    if (min > 0 && max >= min) return {duration: {min, max}, at: paragraph}
  }
  return undefined
}

/** Every section of the guide in source order, with its longest duration. */
export function sectionMinutes(guide: Guide): {section: string; minutes: number}[] {
  return guide.parts.flatMap((part) => part.sections.map((section) => ({section: section.id, minutes: section.duration.max})))
}

/**
 * Minutes that add up to at most `budget`: unchanged when they fit,
 * otherwise scaled down in proportion (largest remainders get the spare
 * minutes, every section keeps at least one when the budget allows).
 */
export function fitMinutes(minutes: readonly number[], budget: number): {minutes: number[]; scaled: boolean} {
  const total = minutes.reduce((sum, m) => sum + m, 0)
  if (total <= budget) return {minutes: [...minutes], scaled: false}
  const floor = minutes.length <= budget ? 1 : 0
  const exact = minutes.map((m) => (m * budget) / total)
  const result = exact.map((m) => Math.max(floor, Math.floor(m)))
  let spare = budget - result.reduce((sum, m) => sum + m, 0)
  const order = exact.map((m, i) => ({i, rest: m - Math.floor(m)})).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const {i} of order) {
    if (spare <= 0) break
    result[i]! += 1
    spare--
  }
  // The floor of one minute may overshoot: take it back from the largest.
  while (spare < 0) {
    const largest = result.indexOf(Math.max(...result))
    result[largest]! -= 1
    spare++
  }
  return {minutes: result, scaled: true}
}

// Weighted scoring of the rubric, pure: the weights come from the page
// (`data-weight`, rendered from the guide's rubric), the scores from the interviewer.

/** A rubric criterion as the page gives it: its id and weight in percent. */
export interface CriterionWeight {
  id: string
  weight: number
}

/** The score scale shown on the page. */
export const scale = {min: 1, max: 5} as const

/** One criterion's line: its score (null when missing) and weighted score. */
export interface ScoreLine {
  id: string
  weight: number
  score: number | null
  /** score × weight ÷ 5, rounded to one decimal; null when the score is missing. */
  weighted: number | null
}

export interface ScoreSummary {
  lines: ScoreLine[]
  /** The sum of the weighted scores, rounded once to one decimal; null when nothing is scored. */
  total: number | null
  /** The total with every criterion at 5: the sum of the weights (100 for a valid guide). */
  fullMark: number
  /** Ids of the criteria without a score. */
  missing: string[]
}

/** A score from a form value: an integer on the scale, else undefined (missing). */
export function parseScore(value: unknown): number | undefined {
  const score = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isInteger(score) && score >= scale.min && score <= scale.max ? score : undefined
}

/** Half-up rounding to one decimal that is not fooled by binary fractions (24.05 gives 24.1). */
export function round1(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10
}

/** The scored lines and the weighted total; scores off the scale count as missing. */
export function scoreSummary(criteria: readonly CriterionWeight[], scores: Readonly<Record<string, unknown>>): ScoreSummary {
  let sum = 0
  let scored = 0
  const lines = criteria.map((criterion) => {
    const score = parseScore(scores[criterion.id]) ?? null
    if (score === null) return {id: criterion.id, weight: criterion.weight, score, weighted: null}
    const exact = (score * criterion.weight) / scale.max
    sum += exact
    scored++
    return {id: criterion.id, weight: criterion.weight, score, weighted: round1(exact)}
  })
  return {
    lines,
    total: scored > 0 ? round1(sum) : null,
    fullMark: criteria.reduce((total, c) => total + c.weight, 0),
    missing: lines.filter((line) => line.score === null).map((line) => line.id)
  }
}

/** A score as shown on the page and in exports: one decimal, or `none` when missing. */
export function formatScore(value: number | null, none = '—'): string {
  return value === null ? none : value.toFixed(1)
}

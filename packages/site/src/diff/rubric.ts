import type {Guide} from '@org/llm-interview-schema'
import type {CriterionChange, RubricDiff} from './types.js'

/**
 * Rubric criteria matched by title: added, removed, and changed weight. A
 * renamed criterion shows as one removed and one added.
 */
export function diffRubric(from: Guide, to: Guide): RubricDiff {
  const before = new Map(from.rubric.map((c) => [c.title, c]))
  const titles = new Set(to.rubric.map((c) => c.title))
  const changed: CriterionChange[] = []
  for (const c of to.rubric) {
    const old = before.get(c.title)
    if (old && old.weight !== c.weight) changed.push({title: c.title, weight: {from: old.weight, to: c.weight}})
  }
  return {
    added: to.rubric.filter((c) => !before.has(c.title)).map((c) => ({title: c.title, weight: c.weight})),
    removed: from.rubric.filter((c) => !titles.has(c.title)).map((c) => ({title: c.title, weight: c.weight})),
    changed
  }
}

import type {Criterion} from '@org/llm-interview-schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../report.js'

/** Reports rubric weights that do not add up to 100%. */
export function checkRubricWeights(rubric: readonly Criterion[], place: Position | undefined, file: VFile): void {
  if (rubric.length === 0) return
  const total = rubric.reduce((sum, c) => sum + c.weight, 0)
  if (Math.abs(total - 100) < 1e-9) return
  report(file, {
    message: 'rubric-weight/total',
    params: {total: Number(total.toFixed(2)), weights: rubric.map((c) => `${c.title} ${c.weight}%`)},
    place
  })
}

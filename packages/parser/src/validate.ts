import {GuideSchema, type Guide, type GuideInput} from '@org/llm-interview-schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {report} from './report.js'

/**
 * Validates a built guide with the schema. Each schema issue is reported at
 * the position of the nearest node on its path that has one, never without.
 */
export function validateGuide(draft: GuideInput, file: VFile): Guide | undefined {
  const result = GuideSchema.safeParse(draft)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    report(file, {
      message: 'schema',
      params: {path: issue.path.join('.') || 'guide', issue: issue.message},
      place: nearestPosition(draft, issue.path)
    })
  }
  return undefined
}

function nearestPosition(root: unknown, path: readonly PropertyKey[]): Position | undefined {
  let node: unknown = root
  let found: Position | undefined = positionOf(root)
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break
    node = (node as Record<PropertyKey, unknown>)[key]
    found = positionOf(node) ?? found
  }
  return found
}

function positionOf(node: unknown): Position | undefined {
  if (typeof node !== 'object' || node === null || !('position' in node)) return undefined
  return (node as {position?: Position}).position
}

import type {Position} from '@org/llm-interview-schema'
import type {Position as UnistPosition} from 'unist'

/** The model's position (line and column only) of a syntax tree node. */
export function toPosition(position: UnistPosition | undefined): Position | undefined {
  if (!position) return undefined
  return {
    start: {line: position.start.line, column: position.start.column},
    end: {line: position.end.line, column: position.end.column}
  }
}

import {z} from 'zod'

/** A place in the Markdown source, 1-indexed as editors count. */
export interface Point {
  /** Line in the source file, starting at 1. */
  line: number
  /** Column in the line (in UTF-16 code units), starting at 1. */
  column: number
}

/**
 * The source span a node came from. Optional on every node: a guide built by
 * hand has no source, one parsed from Markdown always has it.
 */
export interface Position {
  /** First character of the node. */
  start: Point
  /** Place just after the last character of the node. */
  end: Point
}

/** The zod schema of the {@link Point} type, whose fields carry the docs. */
export const PointSchema = z
  .object({
    line: z.int().min(1).describe('Line in the source file, starting at 1.'),
    column: z.int().min(1).describe('Column in the line (in UTF-16 code units), starting at 1.')
  })
  .meta({id: 'Point'})

/** The zod schema of the {@link Position} type, whose fields carry the docs. */
export const PositionSchema = z
  .object({
    start: PointSchema.describe('First character of the node.'),
    end: PointSchema.describe('Place just after the last character of the node.')
  })
  .meta({id: 'Position'})

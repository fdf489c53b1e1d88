import {parse, type ValueNode} from '@humanwhocodes/momoa'

/** A position in a text file, 1-based like every message's. */
export interface Place {
  line: number
  column: number
}

/** A step into a JSON value: an object's key or an array's index. */
export type JsonStep = string | number

/**
 * Where a JSON text is wrong: for text that does not parse, the place of
 * its syntax error; else the start of the value at `path`, or, when that
 * value is absent, of the deepest value on the way to it (the object that
 * lacks the key). A leading byte order mark is skipped. Undefined only
 * when the parser's error has no position.
 */
export function jsonPlace(text: string, path: readonly JsonStep[] = []): Place | undefined {
  const json = text.replace(/^\uFEFF/, '')
  let node: ValueNode
  try {
    node = parse(json, {mode: 'json'}).body
  } catch (error) {
    // A text cut short is wrong at its end (the parser names the last token it read).
    if (endsEarly(json)) return endOf(json)
    const {line, column} = error as {line?: unknown; column?: unknown}
    return typeof line === 'number' && typeof column === 'number' ? {line, column} : undefined
  }
  for (const step of path) {
    const next = childOf(node, step)
    if (!next) break
    node = next
  }
  return {line: node.loc.start.line, column: node.loc.start.column}
}

function endsEarly(json: string): boolean {
  try {
    JSON.parse(json)
    return false
  } catch (error) {
    // V8 says so, or names the position after the last character.
    const {message} = error as Error
    const position = /at position (\d+)/.exec(message)?.[1]
    return /end of JSON input/.test(message) || (position !== undefined && Number(position) >= json.trimEnd().length)
  }
}

function endOf(text: string): Place {
  const lines = text.trimEnd().split(/\r\n|\r|\n/)
  return {line: lines.length, column: lines.at(-1)!.length + 1}
}

function childOf(node: ValueNode, step: JsonStep): ValueNode | undefined {
  if (node.type === 'Object' && typeof step === 'string') return node.members.findLast((member) => member.name.type === 'String' && member.name.value === step)?.value
  if (node.type === 'Array' && typeof step === 'number') return node.elements[step]?.value
  return undefined
}

/** `scores[0].score` -> `['scores', 0, 'score']`: the paths the export's reader names. */
export function jsonSteps(path: string): JsonStep[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!))
}

import {inFrontMatter} from './front-matter-value.js'

/** Which mapping of the front matter a key belongs to. */
export type KeyScope = 'guide' | 'level' | 'plan-entry'

/** A key being written at the cursor: its scope, the keys its mapping has already, and the word to replace. */
export interface KeyAt {
  scope: KeyScope
  present: string[]
  /** Whether a `:` follows already (the key is being renamed, not written). */
  colon: boolean
  line: number
  start: number
  end: number
}

const blockKey = /^(\s*)((?:-\s+)?)([A-Za-z_][\w-]*)?\s*:/
const item = /^(\s*)-\s/

/**
 * The key at `character` of `line` in the front matter, when the cursor is
 * where a key goes: at the start of a block line (`  lab|`, `- |`) or after
 * `{` or `,` in a flow mapping (`{section: 1.1, ro|`). Its scope comes from
 * the indentation: top level is the guide's, under `levels:` a level's,
 * under `plan:` a plan entry's. Text only, so it answers half-written YAML.
 */
export function frontMatterKeyAt(lines: readonly string[], line: number, character: number): KeyAt | undefined {
  if (!inFrontMatter(lines, line)) return undefined
  const text = lines[line] ?? ''
  const before = text.slice(0, character)
  const wordAfter = /^[\w-]*/.exec(text.slice(character))![0]
  const colon = /^\s*:/.test(text.slice(character + wordAfter.length))
  const flow = /^(\s*)-\s+\{(?:[^{}]*,)?\s*([\w-]*)$/.exec(before)
  if (flow) {
    const start = character - flow[2]!.length
    const scope = scopeAbove(lines, line, flow[1]!.length)
    if (!scope || scope === 'guide') return undefined
    const braces = /\{([^{}]*)\}?/.exec(text)![1]!
    const present = [...braces.matchAll(/(?:^|,)\s*([\w-]+)\s*:/g)].map((m) => m[1]!)
    return {scope, present, colon, line, start, end: character + wordAfter.length}
  }
  const block = /^(\s*)((?:-\s+)?)([\w-]*)$/.exec(before)
  if (!block) return undefined
  const column = block[1]!.length + block[2]!.length
  const start = character - block[3]!.length
  const scope = column === 0 ? 'guide' : scopeAbove(lines, line, column)
  if (!scope) return undefined
  return {scope, present: siblingKeys(lines, line, column, block[2] !== ''), colon, line, start, end: character + wordAfter.length}
}

/** The column where a line's key (or its list item's content) starts, or undefined for blank and comment lines. */
function keyColumn(text: string): {column: number; key: string | undefined; dash: boolean} | undefined {
  if (/^\s*(#|$)/.test(text)) return undefined
  const key = blockKey.exec(text)
  if (key) return {column: key[1]!.length + key[2]!.length, key: key[3], dash: key[2] !== ''}
  const entry = item.exec(text)
  if (entry) return {column: entry[0].length, key: undefined, dash: true}
  return {column: /^\s*/.exec(text)![0].length, key: undefined, dash: false}
}

/** The scope of a key at `column` on `line`: that of the nearest key above it at a smaller column. */
function scopeAbove(lines: readonly string[], line: number, column: number): KeyScope | undefined {
  for (let index = line - 1; index >= 1; index--) {
    const above = keyColumn(lines[index]!)
    if (!above || above.column >= column) continue
    if (above.key === 'levels' && above.column === 0) return 'level'
    if (above.key === 'plan') return 'plan-entry'
    return undefined
  }
  return undefined
}

/** The keys of the block mapping holding a key at `column` on `line`, that one left out. */
function siblingKeys(lines: readonly string[], line: number, column: number, startsItem: boolean): string[] {
  const keys: string[] = []
  const take = (index: number): boolean => {
    const other = keyColumn(lines[index]!)
    if (!other) return true
    if (other.column < column) return false
    if (other.column === column && other.key !== undefined) keys.push(other.key)
    return true
  }
  if (!startsItem) {
    for (let index = line - 1; index >= 1 && inFrontMatter(lines, index); index--) {
      if (!take(index)) break
      const other = keyColumn(lines[index]!)
      if (other?.column === column && other.dash) break
    }
  }
  for (let index = line + 1; index < lines.length && inFrontMatter(lines, index); index++) {
    const other = keyColumn(lines[index]!)
    if (other?.column === column && other.dash) break
    if (!take(index)) break
  }
  return keys.sort()
}

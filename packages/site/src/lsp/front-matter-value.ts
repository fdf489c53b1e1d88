/** What a value of the front matter names, by its key. */
export type ValueKind = 'section' | 'role' | 'level-id' | 'label'

/** The value of a `key: value` pair of the front matter at the cursor. */
export interface FrontMatterValue {
  kind: ValueKind
  /** The value as written, without quotes. */
  text: string
  /** 0-based line, and the value's first and past-last character on it (quotes included). */
  line: number
  start: number
  end: number
}

const keyKinds: Record<string, ValueKind> = {section: 'section', role: 'role', id: 'level-id', label: 'label'}

// `key: value` in block (`  role: core`) and flow (`{section: 1.1, role: core}`)
// style; the value may be empty (still being typed) or quoted.
const pair = /(^|[{,\s-])(section|role|id|label)[ \t]*:[ \t]*("[^"]*"?|'[^']*'?|[^,{}\s#]*)/g

/**
 * The value at `character` of `line` when that line is in the front matter
 * (between the `---` on the file's first line and the next `---` or `...`,
 * or the end of the text while the block is not closed yet). Works on the
 * text alone, so it answers while the YAML is half written.
 */
export function frontMatterValueAt(lines: readonly string[], line: number, character: number): FrontMatterValue | undefined {
  if (!inFrontMatter(lines, line)) return undefined
  const text = lines[line] ?? ''
  if (/^\s*#/.test(text)) return undefined
  for (const match of text.matchAll(pair)) {
    const key = match[2]!
    const raw = match[3]!
    const start = match.index + match[0].length - raw.length
    const end = start + raw.length
    if (character < start || character > end) continue
    // The top-level `id` is the guide's; an indented one (or one in a list entry) is a level's.
    if (key === 'id' && match.index === 0 && match[1] === '') return undefined
    return {kind: keyKinds[key]!, text: raw.replace(/^["']|["']$/g, ''), line, start, end}
  }
  return undefined
}

/** Whether `line` (0-based) is inside the front matter block of `lines`. */
export function inFrontMatter(lines: readonly string[], line: number): boolean {
  if (line < 1 || !/^\uFEFF?---[ \t]*$/.test(lines[0] ?? '')) return false
  for (let index = 1; index < line; index++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[index]!)) return false
  }
  return !/^(---|\.\.\.)[ \t]*$/.test(lines[line] ?? '')
}

/** Every value of `kind` written in the front matter lines `from` to `to` (0-based, inclusive). */
export function frontMatterValues(lines: readonly string[], kind: ValueKind, from = 1, to = lines.length - 1): FrontMatterValue[] {
  const found: FrontMatterValue[] = []
  for (let line = from; line <= to; line++) {
    const text = lines[line] ?? ''
    for (const match of text.matchAll(pair)) {
      const value = frontMatterValueAt(lines, line, match.index + match[0].length)
      if (value?.kind === kind) found.push(value)
    }
  }
  return found
}

const levelStart = /^\s*-\s+(id|label|plan)\s*:/

/** The lines (0-based, inclusive) of the `levels` entry holding `line`, or undefined outside one. */
export function levelEntryAround(lines: readonly string[], line: number): {from: number; to: number} | undefined {
  if (!inFrontMatter(lines, line)) return undefined
  let from = line
  while (from >= 1 && !levelStart.test(lines[from] ?? '')) from--
  if (from < 1) return undefined
  let to = line + 1
  while (to < lines.length && inFrontMatter(lines, to) && !levelStart.test(lines[to] ?? '')) to++
  return {from, to: to - 1}
}

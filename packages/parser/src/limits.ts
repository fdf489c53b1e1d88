/** Limits that keep one guide's cost bounded, whatever the input. */
export const limits = {
  /** Largest source, in bytes of UTF-8. */
  bytes: 5 * 1024 * 1024,
  /** Deepest nesting of block quotes and indentation at the start of a line. */
  lineDepth: 100,
  /** Deepest nesting of items in items. */
  itemDepth: 32,
  /** Deepest nesting of inline formatting. */
  inlineDepth: 32
} as const

/** Where the source first breaks a limit, before any parsing. */
export function firstLimitBreak(text: string): {line: number; reason: string; hint: string; ruleId: string} | undefined {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > limits.bytes) {
    let total = 0
    const lines = text.split('\n')
    const index = lines.findIndex((line) => (total += Buffer.byteLength(line, 'utf8') + 1) > limits.bytes)
    return {
      line: index + 1,
      ruleId: 'too-large',
      reason: `Unexpected guide of ${(bytes / 1024 / 1024).toFixed(1)} MB, expected at most ${limits.bytes / 1024 / 1024} MB`,
      hint: 'A guide this large is likely a mistake (a pasted file?); split it into several guides.'
    }
  }
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const prefix = /^[\s>]*/.exec(lines[index]!)![0]
    const depth = prefix.split('>').length - 1 + Math.floor(prefix.replace(/>/g, '').replace(/\t/g, '    ').length / 2)
    if (depth > limits.lineDepth) {
      return {
        line: index + 1,
        ruleId: 'too-deep',
        reason: `Unexpected nesting ${depth} levels deep, expected at most ${limits.lineDepth}`,
        hint: 'Outlines nest a few levels at most: flatten this part of the list.'
      }
    }
  }
  return undefined
}

/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The first word of the info string (`js`, `ts`, `sh`...), `''` when none. */
  lang: string
  /** The block's text, with its last line break. */
  code: string
  /** Line of its opening fence (1-based). */
  line: number
}

/**
 * The fenced code blocks of a Markdown document, as CommonMark reads them:
 * a block closes only at a fence of the same character, at least as long,
 * with nothing after it, so fences inside a longer fence stay its text.
 * Indented fences (up to 3 spaces) lose that indentation from their lines.
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n')
  const blocks: CodeBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/.exec(lines[index]!)
    if (!open) continue
    const [, indent, fence, lang] = open as unknown as [string, string, string, string]
    const body: string[] = []
    let end = index + 1
    for (; end < lines.length; end++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[end]!)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break
      body.push(lines[end]!.replace(new RegExp(`^ {0,${indent.length}}`), ''))
    }
    blocks.push({lang, code: body.length > 0 ? body.join('\n') + '\n' : '', line: index + 1})
    index = end
  }
  return blocks
}

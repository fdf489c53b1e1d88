import type {Inline} from '@org/llm-interview-schema'

const colon = /^\s*[:：]\s*/
const trailingColon = /\s*[:：]\s*$/

/** Plain text of inline nodes. */
export function inlineText(inlines: readonly Inline[]): string {
  let text = ''
  for (const node of inlines) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'break') text += '\n'
    else text += inlineText(node.children)
  }
  return text
}

/**
 * Splits a bold lead-in followed by a colon from the rest of a paragraph:
 * `**考核目标：** X` and `**语法正确性**：X` both give the lead and `X`.
 * Undefined when the paragraph does not start that way.
 */
export function splitLead(inlines: readonly Inline[]): {lead: string; rest: Inline[]} | undefined {
  const [first, ...after] = inlines
  if (!first || first.type !== 'strong') return undefined
  const strongText = inlineText(first.children)
  if (trailingColon.test(strongText)) {
    return {lead: strongText.replace(trailingColon, '').trim(), rest: trimStart(after)}
  }
  const next = after[0]
  if (next?.type === 'text' && colon.test(next.value)) {
    const value = next.value.replace(colon, '')
    const rest = value === '' ? after.slice(1) : [{...next, value}, ...after.slice(1)]
    return {lead: strongText.trim(), rest}
  }
  return undefined
}

function trimStart(inlines: Inline[]): Inline[] {
  const [first, ...rest] = inlines
  if (first?.type !== 'text') return inlines
  const value = first.value.trimStart()
  return value === '' ? rest : [{...first, value}, ...rest]
}

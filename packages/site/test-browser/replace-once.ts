/**
 * `text` with the one occurrence of `anchor` replaced. Throws, naming the
 * anchor, when it is missing or occurs more than once, so a test input built
 * from a source that changed fails loudly instead of testing the unedited text.
 */
export function replaceOnce(text: string, anchor: string, replacement: string): string {
  const at = text.indexOf(anchor)
  if (at === -1) throw new Error(`replaceOnce: anchor not found: ${JSON.stringify(anchor)}`)
  if (text.indexOf(anchor, at + 1) !== -1) throw new Error(`replaceOnce: anchor found more than once: ${JSON.stringify(anchor)}`)
  return text.slice(0, at) + replacement + text.slice(at + anchor.length)
}

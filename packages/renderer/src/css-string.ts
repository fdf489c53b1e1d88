/**
 * A CSS string literal for untrusted text: quotes, backslashes, `<`, `>`,
 * `&` and control characters become hex escapes, so the text can neither end
 * the string nor the `<style>` element.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f"\\<>&]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`
}

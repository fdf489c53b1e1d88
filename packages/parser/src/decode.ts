/** The source text, normalised, or why it cannot be read as text. */
export type Decoded = {ok: true; text: string} | {ok: false; message: 'encoding/not-utf8' | 'encoding/nul'; line: number; column: number}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/**
 * Reads the source as UTF-8 text: drops a byte order mark and turns CRLF
 * line endings into LF, so both parse exactly as LF input (lines and columns
 * are unchanged). Rejects non-UTF-8 and binary (NUL-bearing) input.
 */
export function decode(input: string | Uint8Array): Decoded {
  let text: string
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  } else {
    try {
      text = decoder.decode(input)
    } catch {
      const at = firstInvalidUtf8(input)
      return {
        ok: false,
        message: 'encoding/not-utf8',
        ...at
      }
    }
  }
  text = text.replace(/\r\n?/g, '\n')
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    return {
      ok: false,
      message: 'encoding/nul',
      ...pointAt(text, nul)
    }
  }
  return {ok: true, text}
}

function pointAt(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n')}
}

function firstInvalidUtf8(bytes: Uint8Array): {line: number; column: number} {
  // Decode growing prefixes line by line to find the first bad line.
  let line = 1
  let lineStart = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue
    try {
      decoder.decode(bytes.subarray(lineStart, i))
    } catch {
      return {line, column: 1}
    }
    line++
    lineStart = i + 1
  }
  return {line, column: 1}
}

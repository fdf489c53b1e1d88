import {deflateSync} from 'node:zlib'

/**
 * The PDF with every object that is not a stream packed into one compressed
 * object stream, indexed by a cross-reference stream (PDF 1.5). Chromium
 * writes each dictionary as plain text; in a tagged PDF that is one
 * dictionary per structure element, about a third of the file. Streams
 * (page content, fonts) are copied as they are, so text, fonts and the
 * structure are unchanged, and so is the document information dictionary
 * (kept as plain text). Deterministic: the same input gives the same bytes.
 * Throws when the PDF is not the plain shape Chromium writes (one
 * cross-reference table, no incremental updates).
 */
export function compactPdf(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1')
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? Number.NaN)
  if (!Number.isInteger(xrefAt) || !text.startsWith('xref', xrefAt)) throw new Error('Unexpected PDF layout, expected a cross-reference table')
  const {offsets, trailer} = readXref(text, xrefAt)
  if (/\/(?:Prev|Encrypt)\b/.test(trailer)) throw new Error('Unexpected incremental or encrypted PDF, expected a plain one')
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1])
  const keep = trailer.replace(/^\s*<<|>>\s*$/g, '').replace(/\/Size\s+\d+/, '').trim()
  // The document information (title, dates) stays plain text, readable without inflating anything.
  const info = Number(/\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1] ?? -1)
  const starts = [...offsets.entries()].sort((a, b) => a[1] - b[1])
  const streams: [number, string][] = []
  const packed: [number, string][] = []
  for (const [index, [number, start]] of starts.entries()) {
    const region = text.slice(start, starts[index + 1]?.[1] ?? xrefAt)
    const match = /^(\d+) (\d+) obj\s*([\s\S]*?)\s*endobj\s*$/.exec(region)
    if (!match || Number(match[1]) !== number) throw new Error(`Unexpected content at object ${number}, expected "${number} 0 obj ... endobj"`)
    if (match[2] !== '0' || number === info || /endstream$/.test(match[3]!)) streams.push([number, `${match[1]} ${match[2]} obj\n${match[3]}\nendobj\n`])
    else packed.push([number, match[3]!])
  }
  const head = text.slice(0, starts[0]?.[1] ?? 0).replace(/^%PDF-1\.[0-4]/, '%PDF-1.5')
  const chunks: string[] = [head]
  let length = head.length
  const at = new Map<number, number>()
  const write = (number: number, object: string) => {
    at.set(number, length)
    chunks.push(object)
    length += object.length
  }
  for (const [number, object] of streams) write(number, object)
  const objStm = size
  const xrefStm = size + 1
  if (packed.length > 0) {
    let position = 0
    const index = packed.map(([number, body]) => {
      const entry = `${number} ${position}`
      position += body.length + 1
      return entry
    })
    const first = index.join(' ') + '\n'
    write(objStm, streamObject(objStm, `/Type /ObjStm /N ${packed.length} /First ${first.length}`, first + packed.map(([, body]) => body).join('\n') + '\n'))
  }
  const rows = Buffer.alloc((size + 2) * 7)
  const row = (number: number, type: number, field: number, generation: number) => {
    rows.writeUInt8(type, number * 7)
    rows.writeUInt32BE(field, number * 7 + 1)
    rows.writeUInt16BE(generation, number * 7 + 5)
  }
  row(0, 0, 0, 0xffff)
  for (const [number] of streams) row(number, 1, at.get(number)!, 0)
  for (const [index, [number]] of packed.entries()) row(number, 2, objStm, index)
  if (packed.length > 0) row(objStm, 1, at.get(objStm)!, 0)
  row(xrefStm, 1, length, 0)
  const xref = streamObject(xrefStm, `/Type /XRef /Size ${size + 2} /W [1 4 2] ${keep}`, rows.toString('latin1'))
  return Buffer.from(`${chunks.join('')}${xref}startxref\n${length}\n%%EOF\n`, 'latin1')
}

/** An indirect object holding `data` (latin1) deflated, with `dict` entries besides the filter and length. */
function streamObject(number: number, dict: string, data: string): string {
  const deflated = deflateSync(Buffer.from(data, 'latin1'), {level: 9}).toString('latin1')
  return `${number} 0 obj\n<<${dict} /Filter /FlateDecode /Length ${deflated.length}>>\nstream\n${deflated}\nendstream\nendobj\n`
}

/** The offsets of the objects in use and the trailer dictionary, from a cross-reference table at `at`. */
function readXref(text: string, at: number): {offsets: Map<number, number>; trailer: string} {
  const offsets = new Map<number, number>()
  const section = /\s*(\d+) (\d+)\s*\r?\n/y
  const entry = /(\d{10}) (\d{5}) ([nf])\s{1,2}/y
  let position = at + 'xref'.length
  for (;;) {
    section.lastIndex = position
    const head = section.exec(text)
    if (!head) break
    position = section.lastIndex
    for (let n = 0; n < Number(head[2]); n++) {
      entry.lastIndex = position
      const found = entry.exec(text)
      if (!found) throw new Error('Unexpected cross-reference entry, expected "oooooooooo ggggg n"')
      if (found[3] === 'n') offsets.set(Number(head[1]) + n, Number(found[1]))
      position = entry.lastIndex
    }
  }
  const trailer = /^\s*trailer\s*(<<[\s\S]*>>)\s*startxref/.exec(text.slice(position))?.[1]
  if (!trailer) throw new Error('Unexpected end of the cross-reference table, expected a trailer')
  return {offsets, trailer}
}

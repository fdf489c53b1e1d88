import {inflateSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {compactPdf} from '../src/build/pdf-compact.js'

/** A PDF in the shape Chromium writes: plain objects, a stream, a cross-reference table (objects out of order, one free). */
function samplePdf(): Buffer {
  const content = 'BT /F1 12 Tf 72 712 Td (Hello) Tj ET'
  const objects: [number, string][] = [
    [1, '<</Title (Sample)\n/Producer (test)>>'],
    [4, `<</Length ${content.length}>> stream\n${content}\nendstream`],
    [2, '<</Type /Catalog\n/Pages 3 0 R\n/StructTreeRoot 7 0 R>>'],
    [3, '<</Type /Pages\n/Count 1\n/Kids [5 0 R]>>'],
    [5, '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]\n/Contents 4 0 R\n/Resources <</Font <</F1 6 0 R>>>>>>'],
    [6, '<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>'],
    [9, '<</Type /StructTreeRoot\n/K [10 0 R]>>'],
    [10, '<</Type /StructElem\n/S /P\n/P 9 0 R\n/ID (node00000001)\n/K 0>>']
  ]
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets = new Map<number, number>()
  for (const [number, body] of objects) {
    offsets.set(number, text.length)
    text += `${number} 0 obj\n${body}\nendobj\n`
  }
  const xref = text.length
  const rows = Array.from({length: 11}, (_, n) => (offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : `0000000000 ${n === 0 ? '65535' : '00000'} f \n`))
  text += `xref\n0 11\n${rows.join('')}trailer\n<</Size 11\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`
  return Buffer.from(text, 'latin1')
}

/** Every object of a compacted PDF, read back through its cross-reference stream. */
function readBack(pdf: Buffer): {objects: Map<number, string>; trailer: string} {
  const text = pdf.toString('latin1')
  const at = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1])
  const stream = (start: number) => {
    const head = /^\d+ 0 obj\n<<([\s\S]*?)>>\nstream\n/.exec(text.slice(start))!
    const length = Number(/\/Length (\d+)/.exec(head[1]!)![1])
    return {dict: head[1]!, data: inflateSync(pdf.subarray(start + head[0].length, start + head[0].length + length)).toString('latin1')}
  }
  const xref = stream(at)
  const rows = Buffer.from(xref.data, 'latin1')
  const objects = new Map<number, string>()
  const packed = new Map<number, Map<number, string>>()
  for (let number = 0; number * 7 < rows.length; number++) {
    const [type, field, index] = [rows.readUInt8(number * 7), rows.readUInt32BE(number * 7 + 1), rows.readUInt16BE(number * 7 + 5)]
    if (type === 1) {
      const match = /^(\d+) 0 obj\n([\s\S]*?)\nendobj\n/.exec(text.slice(field))!
      expect(Number(match[1])).toBe(number)
      objects.set(number, match[2]!)
    }
    if (type === 2) {
      if (!packed.has(field)) {
        const {dict, data} = stream(rows.readUInt32BE(field * 7 + 1))
        const first = Number(/\/First (\d+)/.exec(dict)![1])
        const index = data.slice(0, first).trim().split(' ').map(Number)
        const bodies = new Map<number, string>()
        for (let i = 0; i < index.length; i += 2) bodies.set(index[i]!, data.slice(first + index[i + 1]!, i + 3 < index.length ? first + index[i + 3]! : undefined).trim())
        packed.set(field, bodies)
      }
      objects.set(number, [...packed.get(field)!.entries()][index]![1])
    }
  }
  return {objects, trailer: xref.dict}
}

describe('compactPdf(pdf)', () => {
  const original = samplePdf()
  const compact = compactPdf(original)

  it('packs every plain object but the document information into one object stream and keeps streams as they are', () => {
    const {objects, trailer} = readBack(compact)
    expect(compact.toString('latin1').startsWith('%PDF-1.5\n')).toBe(true)
    expect(trailer).toMatch(/\/Type \/XRef/)
    expect(trailer).toMatch(/\/Root 2 0 R/)
    expect(trailer).toMatch(/\/Info 1 0 R/)
    for (const [number, body] of [...original.toString('latin1').matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj\n/g)].map((m) => [Number(m[1]), m[2]!] as const)) {
      expect(objects.get(number), `object ${number}`).toBe(body)
    }
    const inPlain = compact.toString('latin1')
    expect(inPlain).not.toContain('/StructElem')
    expect(inPlain).toContain('(Hello) Tj')
    expect(inPlain).toContain('1 0 obj\n<</Title (Sample)')
  })

  it('gives the same bytes for the same input', () => {
    expect(compactPdf(samplePdf()).equals(compact)).toBe(true)
  })

  it('refuses a PDF it does not understand', () => {
    expect(() => compactPdf(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toThrow(/expected a cross-reference table/)
    const updated = Buffer.from(original.toString('latin1').replace('/Size 11', '/Size 11\n/Prev 9'), 'latin1')
    expect(() => compactPdf(updated)).toThrow(/expected a plain one/)
  })
})

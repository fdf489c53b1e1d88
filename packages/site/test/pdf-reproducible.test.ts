import {describe, expect, it} from 'vitest'
import {reproducible} from '../src/build/pdf.js'

describe('reproducible(pdf)', () => {
  const pdf = (ids: number[], date: string) =>
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<</CreationDate (D:${date}+00'00')\n/ModDate (D:${date}+00'00')>>\nendobj\n` +
        ids.map((id, i) => `${i + 2} 0 obj\n<</Type /StructElem\n/ID (node${String(id).padStart(8, '0')})>>\nendobj\n`).join('') +
        `9 0 obj\n<</Names [(node${String(Math.min(...ids)).padStart(8, '0')}) 2 0 R]>>\nendobj\n`,
      'latin1'
    )

  it('gives the same bytes for prints whose dates and DOM node ids differ, and keeps the length', () => {
    const first = pdf([863, 864, 1077, 864], '20261201081200')
    const second = pdf([1863, 1864, 2077, 1864], '20261201091533')
    expect(reproducible(first).equals(reproducible(second))).toBe(true)
    expect(reproducible(first).byteLength).toBe(first.byteLength)
  })

  it('numbers the ids by rank from 1, keeping their order, and sets the dates from SOURCE_DATE_EPOCH', () => {
    const previous = process.env.SOURCE_DATE_EPOCH
    process.env.SOURCE_DATE_EPOCH = '1700000000'
    try {
      const text = reproducible(pdf([900, 17, 455], '20261201081200')).toString('latin1')
      expect(text.match(/\(node\d+\)/g)).toEqual(['(node00000003)', '(node00000001)', '(node00000002)', '(node00000001)'])
      expect(text.match(/D:\d{14}/g)).toEqual(['D:20231114221320', 'D:20231114221320'])
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = previous
    }
  })
})

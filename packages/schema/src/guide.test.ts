import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {GuideSchema, ItemSchema, formatDuration, sumDurations} from './index.js'

const valid = JSON.parse(
  readFileSync(new URL('../../parser/test/fixtures/valid/outline.json', import.meta.url), 'utf8')
) as unknown

describe('GuideSchema', () => {
  it('accepts a parsed guide', () => {
    expect(GuideSchema.safeParse(valid).success).toBe(true)
  })

  it('rejects what breaks the contract, naming the path', () => {
    const broken = structuredClone(valid) as {parts: {sections: {duration: unknown}[]}[]; levels: {id: string}[]}
    broken.parts[0]!.sections[0]!.duration = {min: 10, max: 5}
    broken.levels[0]!.id = '初级'
    const result = GuideSchema.safeParse(broken)
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(['parts.0.sections.0.duration.max', 'levels.0.id'])
  })

  it('validates nested items recursively', () => {
    const item = {id: 'a', kind: 'topic', inlines: [], text: '', ordered: false, items: [{id: 'b', kind: 'nope'}]}
    expect(ItemSchema.safeParse(item).success).toBe(false)
  })
})

describe('durations', () => {
  it('sums and formats', () => {
    expect(sumDurations([{min: 5, max: 10}, {min: 15, max: 15}])).toEqual({min: 20, max: 25})
    expect(formatDuration({min: 20, max: 25})).toBe('20-25')
    expect(formatDuration({min: 7, max: 7})).toBe('7')
  })
})

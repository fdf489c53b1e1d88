import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {GuideSchema, ItemSchema, checkGuide, formatDuration, sumDurations} from './index.js'

const valid = JSON.parse(
  readFileSync(new URL('../../parser/test/fixtures/valid/outline.json', import.meta.url), 'utf8')
) as unknown

describe('GuideSchema', () => {
  it('accepts a parsed guide', () => {
    expect(GuideSchema.safeParse(valid).success).toBe(true)
  })

  it('rejects what breaks the contract, naming the path', () => {
    const broken = structuredClone(valid) as {parts: {sections: {title: unknown}[]}[]; levels: {id: string}[]}
    broken.parts[0]!.sections[0]!.title = 7
    broken.levels[0]!.id = 'print'
    const result = GuideSchema.safeParse(broken)
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(['parts.0.sections.0.title', 'levels.0.id'])
  })

  it('accepts unknown properties and leaves them out of its output (open objects)', () => {
    const extended = structuredClone(valid) as {audience?: string; parts: {sections: {note?: string}[]}[]}
    extended.audience = 'panel'
    extended.parts[0]!.sections[0]!.note = 'newer optional field'
    const result = GuideSchema.safeParse(extended)
    expect(result.success).toBe(true)
    expect(result.data).toEqual(GuideSchema.parse(valid))
  })

  it('leaves the ordering of min and max to checkGuide, as the JSON Schema must', () => {
    const reversed = structuredClone(valid) as {parts: {sections: {duration: unknown}[]}[]}
    reversed.parts[0]!.sections[0]!.duration = {min: 10, max: 5}
    expect(GuideSchema.safeParse(reversed).success).toBe(true)
    expect(checkGuide(GuideSchema.parse(reversed)).map((issue) => [issue.ruleId, issue.path.join('.')])).toContainEqual(['duration', 'parts.0.sections.0.duration.max'])
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

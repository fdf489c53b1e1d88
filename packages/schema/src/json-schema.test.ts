import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {expectGoldenText, goldenJson} from '../../../test-utils/golden.js'
import {guideJsonSchema} from './index.js'

describe('guideJsonSchema', () => {
  it('matches the reviewed snapshot (a change here is a change of the data contract)', () => {
    expectGoldenText(new URL('__snapshots__/guide.schema.json', import.meta.url), goldenJson(guideJsonSchema()))
  })

  it('is what the build ships', () => {
    const shipped = new URL('../dist/guide.schema.json', import.meta.url)
    expect(existsSync(shipped), 'run the build first (npm test does)').toBe(true)
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(guideJsonSchema())
  })

  it('describes every object property', () => {
    const schema = guideJsonSchema() as {$defs: Record<string, {properties?: Record<string, unknown>}>}
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Guide', 'Part', 'Section', 'Group', 'Item', 'Inline', 'Level', 'Criterion']))
  })
})

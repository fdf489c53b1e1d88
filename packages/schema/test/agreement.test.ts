import {readdirSync, readFileSync, existsSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {contractVerdicts} from '../../../test-utils/contract.js'
import {validGuide} from './guide-arbitrary.js'
import {mutate, mutation} from './mutate.js'

// zod (`GuideSchema`) and the shipped JSON Schema (ajv, strict) are one
// contract: on every value, both accept or both reject. The cases are
// generated with a fixed seed (override with AGREEMENT_SEED, more cases with
// AGREEMENT_RUNS), so a failure reproduces.
const seed = Number(process.env.AGREEMENT_SEED ?? 1401)
const runs = Number(process.env.AGREEMENT_RUNS ?? 300)

interface Tally {
  cases: number
  accepted: number
  disagreements: {value: unknown; detail: string}[]
}

function tally(values: readonly unknown[]): Tally {
  const result: Tally = {cases: values.length, accepted: 0, disagreements: []}
  for (const value of values) {
    const verdicts = contractVerdicts(value)
    if (verdicts.zod && verdicts.ajv) result.accepted++
    if (verdicts.zod !== verdicts.ajv) result.disagreements.push({value, detail: verdicts.detail})
  }
  const agreed = result.cases - result.disagreements.length
  console.log(`zod and ajv agree on ${agreed}/${result.cases} (${((100 * agreed) / result.cases).toFixed(1)}%), both accepting ${result.accepted}`)
  return result
}

/** The first disagreements, readable. */
function shown(disagreements: Tally['disagreements']): string {
  return disagreements.slice(0, 3).map((d) => `${d.detail}\n${JSON.stringify(d.value).slice(0, 2000)}`).join('\n\n')
}

describe('zod and the JSON Schema agree', {timeout: 60_000}, () => {
  it(`on ${runs} generated valid guides, accepting all`, () => {
    const result = tally(fc.sample(validGuide, {numRuns: runs, seed}))
    expect(result.disagreements, shown(result.disagreements)).toEqual([])
    expect(result.accepted).toBe(runs)
  })

  it(`on ${runs} mutated guides (edits at random places: deleted, extra, replaced and edge values, reversed durations)`, () => {
    const cases = fc.sample(fc.tuple(validGuide, fc.array(mutation, {minLength: 1, maxLength: 3})), {numRuns: runs, seed: seed + 1})
    const result = tally(cases.map(([guide, mutations]) => mutate(guide, mutations)))
    expect(result.disagreements, shown(result.disagreements)).toEqual([])
    // Not a vacuous comparison: the mutations break the contract often, and not always.
    expect(result.accepted).toBeGreaterThan(runs * 0.1)
    expect(result.accepted).toBeLessThan(runs * 0.8)
  })

  it('on the cases of the issue: extra fields, reversed durations, reserved level ids', () => {
    const guide = fc.sample(validGuide.filter((g) => (g.levels as unknown[]).length > 0 && (g.parts as unknown[]).length > 0), {numRuns: 1, seed})[0]!
    const edit = (change: (g: any) => void) => {
      const copy = structuredClone(guide) as any
      change(copy)
      return contractVerdicts(JSON.parse(JSON.stringify(copy)))
    }
    expect(edit((g) => (g.audience = 'panel'))).toMatchObject({zod: true, ajv: true})
    expect(edit((g) => (g.duration = {min: 50, max: 10}))).toMatchObject({zod: true, ajv: true})
    expect(edit((g) => (g.levels[0].id = 'print'))).toMatchObject({zod: false, ajv: false})
    expect(edit((g) => (g.levels[0].id = 'Print'))).toMatchObject({zod: false, ajv: false})
    expect(edit((g) => delete g.parts[0].title)).toMatchObject({zod: false, ajv: false})
  })

  it('on the guides of the parser\'s fixtures', () => {
    const fixtures = new URL('../../parser/test/fixtures/', import.meta.url)
    const outlines = readdirSync(fixtures)
      .map((name) => new URL(`${name}/outline.json`, fixtures))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown)
    expect(outlines.length).toBeGreaterThan(0)
    const result = tally(outlines)
    expect(result.disagreements, shown(result.disagreements)).toEqual([])
    expect(result.accepted).toBe(outlines.length)
  })
})

import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {parseViolations} from '../test/parse-invariants.js'
import {extreme, mutatedSeed, randomDocument} from './arbitraries.js'

const total = Number(process.env.FUZZ_CASES ?? 100_000)
const cases = new URL('cases/', import.meta.url)

/**
 * Keeps a failing input in `fuzz/cases/`, where `test/fuzz-cases.test.ts`
 * replays it on every `npm test` against the same invariants: the input
 * is kept with what it must satisfy, never with what the parser outputs.
 */
function keep(input: string, found: string[]): string {
  const name = `fuzz-${createHash('sha256').update(input).digest('hex').slice(0, 10)}.json`
  mkdirSync(cases, {recursive: true})
  writeFileSync(new URL(name, cases), JSON.stringify({input, found}, null, 2) + '\n')
  return `packages/site/fuzz/cases/${name}`
}

/**
 * Runs `numRuns` inputs through parse and render; on a violation, keeps
 * the shrunk input and fails. There is no time limit per input: a slow
 * parse is for `npm run bench`, and one that never ends is caught by the
 * test timeout (vitest.fuzz.config.ts) of the whole run.
 */
function fuzz(inputs: fc.Arbitrary<string>, numRuns: number): void {
  // Only the guide's own page here: every page kind is fuzzed in render.test.ts.
  const result = fc.check(fc.property(inputs, (input) => parseViolations(input, 'one').length === 0), {numRuns})
  if (!result.failed || !result.counterexample) return
  const [input] = result.counterexample
  const found = parseViolations(input, 'one')
  throw new Error(`${fc.defaultReportMessage(result)}\n\nKept as ${keep(input, found)}: ${found.join('; ')}`)
}

describe(`fuzzing parse and render (${total} cases in all)`, () => {
  const share = (part: number) => Math.max(1, Math.round(total * part))
  it('random Markdown of outline syntax and hostile characters', () => {
    fuzz(randomDocument, share(0.55))
  })
  it('mutated copies of the seed', () => {
    fuzz(mutatedSeed, share(0.2))
  })
  it('deep nesting and huge lines', () => {
    fuzz(extreme, share(0.02))
  })
  it('arbitrary strings and bytes', () => {
    fuzz(fc.oneof(fc.string({unit: 'binary', maxLength: 2000}), fc.uint8Array({maxLength: 2000}).map((b) => Buffer.from(b).toString('latin1'))), share(0.08))
  })
})

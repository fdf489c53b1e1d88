import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import fc from 'fast-check'
import {parse} from '@org/llm-interview-parser'
import {render} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {executableContent} from '../../renderer/test/unsafe.js'
import {extreme, mutatedSeed, randomDocument} from './arbitraries.js'

const total = Number(process.env.FUZZ_CASES ?? 100_000)
/** Longest a parse may take for inputs of this size before it counts as a hang. */
const timeBound = (length: number) => 2_000 + length / 100
const fixtures = new URL('../../parser/test/fixtures/', import.meta.url)

/** A failing input becomes a parser fixture, so the failure is tested from now on. */
function keep(input: string): string {
  const name = `fuzz-${createHash('sha256').update(input).digest('hex').slice(0, 10)}`
  mkdirSync(new URL(`${name}/`, fixtures), {recursive: true})
  writeFileSync(new URL(`${name}/input.md`, fixtures), input)
  return name
}

function check(input: string): void {
  try {
    const started = performance.now()
    const {guide, messages} = parse(input)
    const elapsed = performance.now() - started
    expect(elapsed, 'parse took too long').toBeLessThan(timeBound(input.length))
    const lines = input.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
    for (const m of messages) {
      expect(m.ruleId, m.reason).not.toBe('internal-error')
      expect(m.line! >= 1 && m.line! <= lines.length, `line ${m.line}`).toBe(true)
      expect(m.column! >= 1 && m.column! <= (lines[m.line! - 1]?.length ?? 0) + 1, `column ${m.column}`).toBe(true)
    }
    // Every page kind is fuzzed in render.test.ts; here the parsed guide's own page.
    if (guide) expect(executableContent(render(guide))).toEqual([])
  } catch (error) {
    throw new Error(`kept as fixture ${keep(input)}: ${(error as Error).message}`)
  }
}

describe(`fuzzing parse and render (${total} cases in all)`, () => {
  const share = (part: number) => Math.max(1, Math.round(total * part))
  it('random Markdown of outline syntax and hostile characters', () => {
    fc.assert(fc.property(randomDocument, check), {numRuns: share(0.55)})
  })
  it('mutated copies of the seed', () => {
    fc.assert(fc.property(mutatedSeed, check), {numRuns: share(0.2)})
  })
  it('deep nesting and huge lines', () => {
    fc.assert(fc.property(extreme, check), {numRuns: share(0.02)})
  })
  it('arbitrary strings and bytes', () => {
    fc.assert(fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 2000}), fc.uint8Array({maxLength: 2000}).map((b) => Buffer.from(b).toString('latin1'))), check), {numRuns: share(0.08)})
  })
})

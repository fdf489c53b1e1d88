import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseViolations} from './parse-invariants.js'

// Inputs kept by the fuzz run (`npm run fuzz`, see fuzz/parse.test.ts) and a
// few written by hand, replayed on every `npm test`. Each must satisfy the
// invariants of `parseViolations` (no crash or internal error, messages
// inside the input, inert pages); what the parser outputs for it is never
// recorded as the truth. A case that never finishes parsing fails by the
// test timeout.
const cases = new URL('../fuzz/cases/', import.meta.url)
const names = readdirSync(cases).filter((file) => file.endsWith('.json')).sort()

/** A kept case: the input, and what went wrong when it was kept (for the reader; not compared). */
interface FuzzCase {
  input: string
  found?: string[]
  /** Why a hand-written case is here. */
  note?: string
}

describe('fuzz cases', () => {
  it('has cases to replay', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  for (const name of names) {
    it(name, () => {
      const {input} = JSON.parse(readFileSync(new URL(name, cases), 'utf8')) as FuzzCase
      expect(typeof input, 'a case holds its input as a string').toBe('string')
      expect(parseViolations(input)).toEqual([])
    })
  }
})

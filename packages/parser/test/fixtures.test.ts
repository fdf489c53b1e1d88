import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '@org/llm-interview-parser'
import {expectGoldenJson, expectNoGolden} from '../../../test-utils/golden.js'

// Each folder holds `input.md` and `messages.json` (what `parse` reports);
// a folder whose input is valid also holds `outline.json` (the guide).
// A folder with only `input.md` fails until its expectations exist: create
// or regenerate them with `UPDATE=1 npx vitest run packages/parser/test/fixtures.test.ts`,
// then review the diff.
const root = new URL('fixtures/', import.meta.url)

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.md`, root))
      const {guide, messages} = parse(input, {path: 'input.md'})
      const actual = messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`)
      expectGoldenJson(new URL(`${name}/messages.json`, root), actual)
      for (const message of messages) {
        expect(message.source).toBe('llm-interview')
        expect(message.note, 'every message carries a hint').toMatch(/\S/)
        expect(message.reason).toMatch(/^Unexpected .+, expected /)
      }
      const hasErrors = messages.some((m) => m.fatal)
      expect(guide === undefined).toBe(hasErrors)
      if (guide) expectGoldenJson(new URL(`${name}/outline.json`, root), guide)
      else expectNoGolden(new URL(`${name}/outline.json`, root))
    })
  }
})

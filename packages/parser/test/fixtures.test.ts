import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '@org/llm-interview-parser'

// Each folder holds `input.md` and `messages.json` (what `parse` reports);
// a folder whose input is valid also holds `outline.json` (the guide).
// Regenerate the expectations with `UPDATE=1 npx vitest run fixtures`.
const root = new URL('fixtures/', import.meta.url)
const update = Boolean(process.env.UPDATE)

function readOrWrite(url: URL, actual: unknown): unknown {
  const text = JSON.stringify(actual, null, 2) + '\n'
  if (update || !existsSync(url)) writeFileSync(url, text)
  return JSON.parse(readFileSync(url, 'utf8'))
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.md`, root))
      const {guide, messages} = parse(input, {path: 'input.md'})
      const actual = messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`)
      expect(actual).toEqual(readOrWrite(new URL(`${name}/messages.json`, root), actual))
      for (const message of messages) {
        expect(message.source).toBe('llm-interview')
        expect(message.note, 'every message carries a hint').toMatch(/\S/)
        expect(message.reason).toMatch(/^Unexpected .+, expected /)
      }
      const hasErrors = messages.some((m) => m.fatal)
      expect(guide === undefined).toBe(hasErrors)
      if (guide) expect(guide).toEqual(readOrWrite(new URL(`${name}/outline.json`, root), guide))
      else expect(existsSync(new URL(`${name}/outline.json`, root))).toBe(false)
    })
  }
})

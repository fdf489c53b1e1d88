import {readdirSync, readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml, stringify} from 'yaml'
import {frontMatterJsonSchema, parse} from '@org/llm-interview-parser'
import {reservedLevelIds} from '@org/llm-interview-schema'

// The front matter JSON Schema against the parser: YAML tools read the
// front matter with the YAML 1.2 core schema (as here), the parser as text.
const validate = new Ajv2020({allErrors: true}).compile(frontMatterJsonSchema())

const fixtures = new URL('fixtures/', import.meta.url)
const inputs = readdirSync(fixtures)
  .sort()
  .map((name) => ({name, text: readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')}))

/** The front matter of a guide's text: its YAML, the line of its closing `---`, the body after it. */
function frontMatterOf(text: string): {yaml: string; lastLine: number; body: string} | undefined {
  const lines = text.split('\n')
  if (lines[0] !== '---') return undefined
  const close = lines.indexOf('---', 1)
  if (close === -1) return undefined
  return {yaml: lines.slice(1, close).join('\n'), lastLine: close + 1, body: lines.slice(close + 1).join('\n')}
}

function readYaml(yaml: string): {ok: true; data: unknown} | {ok: false} {
  try {
    return {ok: true, data: parseYaml(yaml)}
  } catch {
    return {ok: false}
  }
}

/** Whether the parser reports an error at a line of the front matter. */
function parserRejects(text: string, lastLine: number): boolean {
  return parse(text).messages.some((m) => m.fatal && (m.line ?? 1) <= lastLine)
}

describe('frontMatterJsonSchema', () => {
  describe('agrees with the parser on the front matter of every fixture', () => {
    const accepted: string[] = []
    const rejected: string[] = []
    for (const {name, text} of inputs) {
      it(name, () => {
        const front = frontMatterOf(text)
        const yaml = front && readYaml(front.yaml)
        // Without front matter, or with YAML no tool can read, there is nothing to validate.
        if (!front || !yaml?.ok) return
        const messages = parse(text).messages.filter((m) => m.fatal)
        if (messages.some((m) => m.ruleId === 'front-matter')) {
          expect(validate(yaml.data), 'the parser reports its front matter').toBe(false)
          rejected.push(name)
        } else if (!messages.some((m) => (m.line ?? 1) <= front.lastLine)) {
          expect(validate(yaml.data), JSON.stringify(validate.errors)).toBe(true)
          accepted.push(name)
        }
      })
    }
    it('(the fixtures hold both kinds)', () => {
      expect(accepted.length).toBeGreaterThan(20)
      expect(rejected.length).toBeGreaterThanOrEqual(3)
    })
  })

  describe('rejects a broken front matter, as the parser does', () => {
    // A fixture guide without errors that declares levels, its front matter edited.
    const base = inputs.find(({text}) => (parse(text).guide?.levels.length ?? 0) > 0)!
    const front = frontMatterOf(base.text)!
    const withFrontMatter = (data: unknown) => `---\n${stringify(data, {collectionStyle: 'block'})}---\n${front.body}`
    const edited = (edit: (data: any) => void) => {
      const data = parseYaml(front.yaml)
      edit(data)
      return data
    }

    it('accepts the fixture re-written by a YAML tool', () => {
      const data = edited(() => {})
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
      expect(parse(withFrontMatter(data)).guide).toBeDefined()
    })

    const edits: [string, (data: any) => void][] = [
      ['an unknown key', (data) => void (data.extra = 'x')],
      ['no lang', (data) => void delete data.lang],
      ['a duration in words', (data) => void (data.duration = 'long')],
      ['an uppercase guide id', (data) => void (data.id = 'Guide')],
      ['a reserved level id', (data) => void (data.levels[0].id = reservedLevelIds[0])],
      ['a level id that is no slug', (data) => void (data.levels[0].id = 'Level One')],
      ['a level without plan', (data) => void delete data.levels[0].plan],
      ['an unknown role', (data) => void (data.levels[0].plan[0].role = 'maybe')],
      ['a section id in words', (data) => void (data.levels[0].plan[0].section = 'one')],
      ['minutes in words', (data) => void (data.levels[0].plan[0].minutes = 'ten')],
      ['an unknown key in a plan entry', (data) => void (data.levels[0].plan[0].note = 'x')]
    ]
    for (const [what, edit] of edits) {
      it(what, () => {
        const data = edited(edit)
        expect(validate(data)).toBe(false)
        const text = withFrontMatter(data)
        expect(parserRejects(text, frontMatterOf(text)!.lastLine)).toBe(true)
      })
    }
  })
})

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {checkGuide, type Guide} from '@org/llm-interview-schema'
import {parse} from '@org/llm-interview-parser'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {contractVerdicts} from '../../../test-utils/contract.js'
import {validateGuide} from '../src/validate.js'

const contentDir = new URL('../../../content/', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)

/** Every released guide version: `content/<id>/versions/<version>.md`. */
const releases = readdirSync(contentDir).flatMap((id) => {
  const dir = new URL(`${id}/versions/`, contentDir)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /^\d+\.\d+\.\d+\.md$/.test(name))
    .map((name) => ({id, version: name.slice(0, -'.md'.length), file: new URL(name, dir)}))
})

describe('the released guides keep the contract', () => {
  it('has releases to check', () => {
    expect(releases.length).toBeGreaterThan(0)
  })

  it.each(releases.map((r) => [`${r.id} ${r.version}`, r] as const))('%s parses to a guide zod, ajv and checkGuide all accept', (_, release) => {
    const {guide, messages} = parse(readFileSync(release.file), {path: `${release.id}/versions/${release.version}.md`, version: release.version})
    expect(messages.filter((m) => m.fatal).map(String)).toEqual([])
    const json = JSON.parse(JSON.stringify(guide)) as unknown
    expect(contractVerdicts(json)).toMatchObject({zod: true, ajv: true})
    expect(checkGuide(guide!)).toEqual([])
  })

  // The data package's published JSON, found through its `exports` as a consumer would.
  const require = createRequire(import.meta.url)
  const catalog = JSON.parse(readFileSync(require.resolve('@org/llm-interview-data/versions.json'), 'utf8')) as {guides: {id: string; versions: string[]}[]}
  const published = catalog.guides.flatMap((g) => g.versions.map((version) => [`${g.id} ${version}`, `@org/llm-interview-data/guides/${g.id}/${version}.json`] as const))

  it('has published data to check', () => {
    expect(published.length).toBeGreaterThan(0)
  })

  it.each(published)('the data package\'s %s is accepted by zod, ajv and checkGuide', (_, specifier) => {
    const json = JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Guide
    expect(contractVerdicts(json)).toMatchObject({zod: true, ajv: true})
    expect(checkGuide(json)).toEqual([])
  })
})

/** The guide of the `valid` fixture, parsed (with positions). */
function validGuide(): Guide {
  const {guide} = parse(readFileSync(new URL('valid/input.md', fixtures)), {path: 'input.md'})
  return guide!
}

// Each invariant checkGuide holds, broken once in a fixture's Markdown (the
// parser's own rule reports it at its line) and once in a guide's data
// (checkGuide reports it by path): both name the same rule.
const invariants: [fixture: string, ruleId: string, edit: (guide: Guide) => void][] = [
  ['duration-reversed', 'duration', (g) => (g.parts[0]!.sections[0]!.duration = {min: 16, max: 15})],
  ['part-duration', 'part-duration', (g) => (g.parts[0]!.duration = {min: 1, max: 2})],
  ['numbering-duplicate-section', 'numbering', (g) => (g.parts[0]!.sections[1]!.id = g.parts[0]!.sections[0]!.id)],
  ['numbering-out-of-sequence', 'numbering', (g) => (g.parts[1]!.number = 5)],
  ['rubric-weights', 'rubric-weight', (g) => (g.rubric[0]!.weight += 1)],
  ['level-unknown-section', 'level-plan', (g) => (g.levels[0]!.plan[0]!.section = '9.9')],
  ['level-duplicate-entry', 'level-plan', (g) => g.levels[0]!.plan.push(structuredClone(g.levels[0]!.plan[0]!))],
  ['level-missing-section', 'level-plan', (g) => g.levels[0]!.plan.pop()],
  ['level-overrun', 'level-plan', (g) => (g.levels[0]!.plan[0]!.minutes = 1000)],
  ['level-label-unknown', 'level-plan', (g) => (g.levels[0]!.label = `${g.levels[0]!.label}x`)],
  ['level-list-missing', 'level-plan', (g) => (g.levelList = [])],
  ['unsafe-url-javascript', 'unsafe-url', (g) => g.closing.push({inlines: [{type: 'link', url: 'javascript:void(0)', children: []}], text: ''})]
]

describe('the parser and checkGuide hold the same invariants', () => {
  it.each(invariants)('%s: both report %s', (fixture, ruleId, edit) => {
    const {messages} = parse(readFileSync(new URL(`${fixture}/input.md`, fixtures)), {path: 'input.md'})
    expect(messages.filter((m) => m.fatal).map((m) => m.ruleId)).toContain(ruleId)
    const guide = validGuide()
    expect(checkGuide(guide)).toEqual([])
    edit(guide)
    expect(checkGuide(guide).map((issue) => issue.ruleId)).toContain(ruleId)
  })

  it('the parser\'s validation reports a checkGuide issue at the source line of the nearest node on its path', () => {
    const guide = validGuide()
    const second = guide.parts[0]!.sections[1]!
    second.id = guide.parts[0]!.sections[0]!.id
    const file = new VFile({path: 'input.md'})
    expect(validateGuide(guide, file)).toBeUndefined()
    const [message] = file.messages
    expect(message).toMatchObject({ruleId: 'numbering', fatal: true, line: second.position!.start.line, column: second.position!.start.column})
    expect(message!.reason).toMatch(/^Unexpected duplicate section id .+, expected each section id once$/)
    expect(message!.note).toMatch(/parts\.0\.sections\.1\.id/)
  })
})

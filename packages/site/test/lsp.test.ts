import path from 'node:path'
import {parse} from '@org/llm-interview-parser'
import {formatDuration} from '@org/llm-interview-schema'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {DiagnosticSeverity, type Position} from 'vscode-languageserver/node'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, fixtureText} from './content.js'
import {linkedGuide, linkedTargets, type LinkedTarget} from './linked-guide.js'
import {startLsp, type LspClient} from './lsp-client.js'
import {runCli} from './run-cli.js'

// The built CLI's language server, spoken to over stdio as an editor would.
// The documents opened are edited in memory only: the files on disk stay
// the fixture's valid text, so the diagnostics can only come from the
// editor's text.

const fixed = fixtureText('backend-interview')
const guide = parse(fixed).guide!
const sections = guide.parts.flatMap((part) => part.sections)
const timed = sections.find((section) => section.duration.min !== section.duration.max) ?? sections[1]!
const headingLine = (text: string, id: string) => text.split('\n').findIndex((line) => line.startsWith(`### ${id} `))
// The guide with the duration of one section's heading deleted.
const broken = (() => {
  const lines = fixed.split('\n')
  const at = headingLine(fixed, timed.id)
  lines[at] = lines[at]!.replace(/\s*\([^()]*\)\s*$/, '')
  return lines.join('\n')
})()

/** The position just after `needle` on the first line of `text` holding it (0-based). */
function after(text: string, needle: string): Position {
  const lines = text.split('\n')
  const line = lines.findIndex((candidate) => candidate.includes(needle))
  return {line, character: lines[line]!.indexOf(needle) + needle.length}
}

let dir: string
let client: LspClient

// A spawned Node process on a busy machine: generous limits, no timing asserted.
const limit = 60_000

beforeAll(async () => {
  dir = contentCopy(['backend-interview'])
  client = await startLsp(dir)
}, limit)

afterAll(async () => {
  expect(await client.close()).toBe(0)
}, limit)

describe('llm-interview lsp --stdio', {timeout: limit}, () => {
  it('is a usage error without --stdio (the only transport)', async () => {
    const {code, stderr} = await runCli(['lsp'])
    expect(code).toBe(2)
    expect(stderr).toContain('llm-interview lsp --stdio')
  })

  it('publishes the check\'s diagnostics of the text being edited, and none once it is fixed', async () => {
    const uri = await client.open(path.join(dir, 'backend-interview', 'guide.md'), broken)
    const first = await client.diagnostics(uri, 1)
    const errors = first.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error)
    expect(errors.length).toBeGreaterThan(0)
    const expected = parse(broken).messages.filter((m) => m.fatal)
    expect(errors.map((d) => [d.range.start.line + 1, d.code])).toEqual(expected.map((m) => [m.line, m.ruleId]))
    expect(errors.map((d) => d.range.start.line)).toContain(headingLine(broken, timed.id))
    // In the guide's language (zh-CN), as `check` prints them: the reason, then the hint.
    const chinese = parse(broken, {lang: 'guide'}).messages.filter((m) => m.fatal)
    expect(errors.map((d) => d.message)).toEqual(chinese.map((m) => `${m.reason}\n${m.note}`))
    for (const diagnostic of errors) {
      expect(diagnostic.source).toBe('llm-interview')
      expect(diagnostic.message).toMatch(/^[^\n]*[\u4e00-\u9fff][^\n]*\n修改建议：/)
    }
    await client.change(uri, 2, fixed)
    expect((await client.diagnostics(uri, 2)).diagnostics).toEqual([])
  })

  it('reports a released version edited in the editor against its recorded checksum', async () => {
    const released = fixtureText('backend-interview', '1.0.0')
    const uri = await client.open(path.join(dir, 'backend-interview', 'versions', '1.0.0.md'), `${released}\n- 新问题\n`)
    const {diagnostics} = await client.diagnostics(uri, 1)
    expect(diagnostics.map((d) => d.code)).toContain('frozen-changed')
  })

  it('warns, as `check` and the build do, at each relative link whose target would not be published', async () => {
    const repo = linkedGuide()
    const unpublished = Object.keys(linkedTargets).filter((kind) => kind !== 'published') as LinkedTarget[]
    const uri = await client.open(repo.guidePath, repo.text)
    const links = (await client.diagnostics(uri, 1)).diagnostics.filter((d) => d.code === 'link-target')
    expect(links.map((d) => [d.range.start.line + 1, d.severity])).toEqual(unpublished.map((kind) => [repo.lines[kind], DiagnosticSeverity.Warning]))
    for (const [index, kind] of unpublished.entries()) expect(links[index]!.message).toMatch(new RegExp(`^链接 “${linkedTargets[kind].replace(/[.]/g, '\\.')}” 无法发布（[^\n]*\n修改建议：`))
    // The same text as `check` prints.
    const checked = await runCli(['check', repo.guidePath, '--format', 'json'])
    const expected = (JSON.parse(checked.stdout) as {ruleId: string; line: number; column: number; message: string; hint: string}[]).filter((m) => m.ruleId === 'link-target')
    expect(links.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(expected.map((m) => [m.line, m.column, `${m.message}\n${m.hint}`]))
    // From the editor's text: the link deleted there (not on disk) has no warning any more.
    await client.change(uri, 2, repo.text.replace(`- 参见 [missing](${linkedTargets.missing})\n`, ''))
    const after = (await client.diagnostics(uri, 2)).diagnostics.filter((d) => d.code === 'link-target')
    expect(after.map((d) => String(d.message).split('\n')[0])).toEqual(links.slice(1).map((d) => String(d.message).split('\n')[0]))
  })

  it('shows a plan\'s section with its title and duration on hover', async () => {
    const uri = await client.open(path.join(dir, 'backend-interview', 'hover.md'), fixed)
    const hover = await client.hover(uri, after(fixed, `section: ${timed.id}`))
    const text = JSON.stringify(hover?.contents)
    expect(text).toContain(timed.title)
    expect(text).toContain(`${formatDuration(timed.duration)} min`)
    expect(await client.hover(uri, after(fixed, '# '))).toBeNull()
  })

  it('completes section ids, roles, level ids and labels in the front matter', async () => {
    const [firstLevel, secondLevel] = guide.levels
    // An editor renames the second level's id and clears the section and
    // role of the first level's plan entry for one section.
    const lines = replaceOnce(fixed, `id: ${secondLevel!.id}`, 'id: x').split('\n')
    const cleared = lines.findIndex((line) => line.includes(`section: ${timed.id},`))
    lines[cleared] = lines[cleared]!.replace(/\{.*\}/, '{section: , role: }')
    const text = lines.join('\n')
    // Another copy of the guide, so this document is not the one opened above.
    const uri = await client.open(path.join(contentCopy(['backend-interview']), 'backend-interview', 'guide.md'), text)
    // In the order an editor shows them (by sortText, else label).
    const labels = async (position: Position) =>
      (await client.completion(uri, position)).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label)

    const sectionIds = await labels({line: cleared, character: lines[cleared]!.indexOf('section: ') + 'section: '.length})
    expect([...sectionIds].sort()).toEqual(sections.map((s) => s.id).sort())
    // The one section the level's plan lacks now comes first.
    expect(sectionIds[0]).toBe(timed.id)
    expect(await labels({line: cleared, character: lines[cleared]!.indexOf('role: ') + 'role: '.length})).toEqual(['core', 'optional', 'skip'])
    // Level ids of the guide's other versions not declared here yet.
    const ids = await labels(after(text, 'id: x'))
    expect(ids).toContain(secondLevel!.id)
    expect(ids).not.toContain(firstLevel!.id)
    // Labels of the body's level list not taken by another level.
    const levelLabels = await labels(after(text, `label: ${secondLevel!.label}`))
    expect(levelLabels).toContain(secondLevel!.label)
    expect(levelLabels).not.toContain(firstLevel!.label)
    // Outside the front matter, nothing.
    expect(await labels(after(text, '# '))).toEqual([])
  })

  it('completes the keys of the front matter from its JSON Schema', async () => {
    // A new plan entry being written in flow style, after its section.
    const lines = fixed.split('\n')
    const plan = lines.findIndex((line) => line.trim() === 'plan:')
    lines.splice(plan + 1, 0, `${lines[plan + 1]!.slice(0, lines[plan + 1]!.indexOf('-'))}- {section: ${sections[0]!.id}, }`)
    const text = lines.join('\n')
    const uri = await client.open(path.join(dir, 'backend-interview', 'keys.md'), text)
    const items = await client.completion(uri, {line: plan + 1, character: lines[plan + 1]!.lastIndexOf('}')})
    expect(items.map((item) => item.label).sort()).toEqual(['minutes', 'role'])
    expect(items.every((item) => typeof item.documentation === 'string' && item.documentation !== '')).toBe(true)
  })
})

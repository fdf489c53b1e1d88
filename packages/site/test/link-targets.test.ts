import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonMessage} from '../src/json-report.js'
import {linkedGuide, linkedTargets, type LinkedTarget} from './linked-guide.js'
import {runCli} from './run-cli.js'

// `check` warns about the relative links the build would not publish, at
// the same places and in the same words as the build (one shared check).

const unpublished = Object.keys(linkedTargets).filter((kind) => kind !== 'published') as LinkedTarget[]
const problems: Record<string, string> = {missing: '文件不存在', outside: '路径在仓库之外', hidden: '是隐藏文件或 node_modules 中的文件', 'too-large': '文件超过 10 MB', folder: '是文件夹而不是文件'}
/** The link-target lines of a report: `line:column warning reason`. */
const linkWarnings = (report: string) => report.split('\n').filter((line) => /\slink-target\s/.test(line)).map((line) => line.trim().replace(/\s+/g, ' '))

describe('llm-interview check and relative links', () => {
  const repo = linkedGuide()

  it('warns at each link to a missing, outside, hidden, too large or folder target, and not at a published one', async () => {
    const {code, stdout} = await runCli(['check', repo.content, '--format', 'json'])
    expect(code).toBe(0)
    const warnings = (JSON.parse(stdout) as JsonMessage[]).filter((m) => m.ruleId === 'link-target')
    expect(warnings.map((m) => [m.file, m.line, m.severity])).toEqual(unpublished.map((kind) => [path.join(repo.content, 'backend-interview', 'guide.md'), repo.lines[kind], 'warning']))
    for (const [index, kind] of unpublished.entries()) {
      expect(warnings[index]!.message).toBe(`链接 “${linkedTargets[kind]}” 无法发布（${problems[kind]}），应指向仓库内的文件`)
      expect(warnings[index]!.hint).toMatch(/^修改建议：相对链接从大纲所在的文件夹算起/)
    }
    const english = await runCli(['check', repo.guidePath, '--lang', 'en'])
    expect(linkWarnings(english.stdout)).toEqual(unpublished.map((kind) => expect.stringMatching(new RegExp(`^${repo.lines[kind]}:\\d+(-\\d+:\\d+)? warning Unexpected link to \`${linkedTargets[kind].replace(/[.]/g, '\\.')}\``))))
  })

  it('gives the warnings the build gives, at the same places', async () => {
    const checked = await runCli(['check', repo.content])
    const built = await runCli(['build', '--no-pdf', '--no-cache', '--content', repo.content, '--out', path.join(repo.root, 'site')])
    expect(built.code, built.stderr).toBe(0)
    expect(linkWarnings(checked.stdout)).toHaveLength(unpublished.length)
    expect(linkWarnings(checked.stdout)).toEqual(linkWarnings(built.stdout + built.stderr))
  })
})

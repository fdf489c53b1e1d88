import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {commands} from '../src/cli/commands.js'
import {contentFolder} from './small-guide.js'
import {runCli} from './run-cli.js'

const run = (...argv: string[]) => runCli(argv)
const lines = (text: string) => text.trimEnd().split('\n')

describe('llm-interview usage', () => {
  it('prints the site package’s version', async () => {
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    for (const flag of ['--version', '-v']) {
      const {code, stdout} = await run(flag)
      expect(code).toBe(0)
      expect(stdout).toBe(`llm-interview ${version}\n`)
    }
  })

  it('gives each command its own help, with its own options only', async () => {
    const global = await run('--help')
    expect(global.code).toBe(0)
    for (const command of commands) {
      expect(global.stdout).toMatch(new RegExp(`^  ${command.name}\\b`, 'm'))
      const help = await run(command.name, '--help')
      expect(help.code, command.name).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: llm-interview ${command.name}\\b`))
      expect(help.stdout).not.toBe(global.stdout)
      for (const option of command.options) expect(help.stdout, `${command.name} ${option.flags}`).toContain(option.flags)
      const others = commands.filter((c) => c !== command).flatMap((c) => c.options.map((o) => o.flags)).filter((flags) => !command.options.some((o) => o.flags === flags))
      for (const flags of others) expect(help.stdout, `${command.name} help shows ${flags}`).not.toContain(flags)
      expect((await run('help', command.name)).stdout).toBe(help.stdout)
    }
    const check = await run('check', '--help')
    expect(check.stdout).toContain('--format <format>')
    expect(check.stdout).not.toContain('--port')
  })

  it('answers a mistyped command in a few lines naming the command meant, exit 2', async () => {
    const {code, stdout, stderr} = await run('chekc')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(lines(stderr).length).toBeLessThanOrEqual(8)
    expect(stderr).toContain('`check`')
    const unknown = await run('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).not.toContain('did you mean')
    expect(lines(unknown.stderr).length).toBeLessThanOrEqual(8)
  })

  it('answers a mistyped option with the option meant, exit 2', async () => {
    const {code, stderr} = await run('check', '--frmat', 'json')
    expect(code).toBe(2)
    expect(lines(stderr).length).toBeLessThanOrEqual(8)
    expect(stderr).toContain('`--frmat`')
    expect(stderr).toContain('`--format`')
    expect(stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS|\n\s+at /)
  })

  it('refuses an option of another command, a missing value and a wrong number of arguments, exit 2', async () => {
    for (const argv of [['check', '--port', '1'], ['check', '--format'], ['diff', 'latest'], ['release'], ['parse', 'a.md', 'b.md'], ['dev', '--port', 'http'], ['build', '--pdf', '--no-pdf']]) {
      const {code, stderr} = await run(...argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(lines(stderr).length, argv.join(' ')).toBeLessThanOrEqual(8)
      expect(stderr, argv.join(' ')).toContain(`llm-interview ${argv[0]}`)
    }
  })

  it('takes arguments after `--` as arguments, even when they look like options', async () => {
    const {code, stdout} = await run('check', '--', '-no-such-guide.md')
    expect(code).toBe(1)
    expect(stdout).toMatch(/^-no-such-guide\.md\n1:1\s+error\s+Unexpected missing path/)
  })

  it('keeps option values as typed, even when they look like numbers', async () => {
    const {dir} = contentFolder()
    const {code, stderr} = await run('release', '1.0.0', '--guide', '007', '--content', dir)
    expect(code).toBe(1)
    expect(stderr).toContain('`007`')
  })

  it('reports a missing file or folder the same way in every command, exit 1', async () => {
    const nowhere = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-missing-')), 'nowhere')
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-missing-out-')), 'site')
    const runs = [
      ['check', nowhere],
      ['parse', `${nowhere}.md`],
      ['build', '--content', nowhere, '--out', out, '--quiet'],
      ['dev', '--content', nowhere, '--port', '0'],
      ['diff', 'latest', 'next', '--content', nowhere],
      ['release', '1.0.0', '--content', nowhere],
      // `new` writes in the language of the guide it makes (zh-CN by default).
      ['new', 'fresh', '--lang', 'en', '--content', nowhere],
      ['new', 'fresh', '--lang', 'en', '--from', `${nowhere}.md`, '--content', contentFolder().dir]
    ]
    for (const argv of runs) {
      const {code, stdout, stderr} = await run(...argv)
      expect(code, argv.join(' ')).toBe(1)
      expect(`${stdout}${stderr}`, argv.join(' ')).toMatch(/\n1:1\s+error\s+Unexpected missing [^\n]*no-such-path\s+llm-interview\n\s+\[note\]:/)
    }
  })
})

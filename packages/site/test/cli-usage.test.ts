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
    expect(stderr).toBe('llm-interview: 没有命令 “chekc”，应为 llm-interview 的命令；是否想输入 “check”？\n运行 `llm-interview --help` 查看所有命令。\n')
    expect((await run('chekc', '--lang', 'en')).stderr).toBe('llm-interview: Unexpected command `chekc`, expected a command of llm-interview; did you mean `check`?\nRun `llm-interview --help` for the commands.\n')
    const unknown = await run('frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).not.toContain('是否想输入')
    expect(lines(unknown.stderr).length).toBeLessThanOrEqual(8)
  })

  it('answers a mistyped option with the option meant, exit 2', async () => {
    const {code, stderr} = await run('check', '--frmat', 'json')
    expect(code).toBe(2)
    expect(lines(stderr).length).toBeLessThanOrEqual(8)
    expect(stderr).toContain('“--frmat”')
    expect(stderr).toContain('是否想输入 “--format”？')
    expect(stderr).not.toMatch(/TypeError|ERR_PARSE_ARGS|\n\s+at /)
    const english = await run('check', '--frmat', 'json', '--lang', 'en')
    expect(english).toMatchObject({code: 2, stderr: expect.stringContaining("Unexpected option `--frmat`, expected an option of `llm-interview check`; did you mean `--format`?")})
    // Named as typed, kebab-case and negated spellings included.
    expect((await run('build', '--base-contnt', 'x', '--lang', 'en')).stderr).toContain('Unexpected option `--base-contnt`')
    expect((await run('check', '--no-pdf', '--lang', 'en')).stderr).toContain('Unexpected option `--no-pdf`')
  })

  it('refuses an option of another command, a missing value and a wrong number of arguments, exit 2', async () => {
    for (const argv of [['check', '--port', '1'], ['check', '--format'], ['diff', 'latest'], ['release'], ['parse', 'a.md', 'b.md'], ['dev', '--port', 'http'], ['build', '--pdf', '--no-pdf']]) {
      const {code, stderr} = await run(...argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(lines(stderr).length, argv.join(' ')).toBeLessThanOrEqual(8)
      expect(stderr, argv.join(' ')).toContain(`llm-interview ${argv[0]}`)
    }
  })

  it('writes every kind of usage error in Chinese by default and in English with --lang en, then the command\'s usage, exit 2', async () => {
    const cases: [string[], string, string][] = [
      [['check', '--format'], 'llm-interview check: 选项 “--format” 缺少值，应为 “--format <format>”', 'llm-interview check: Unexpected `--format` without a value, expected `--format <format>`'],
      [['release'], 'llm-interview release: 给出了 0 个参数，应为 1 个（release <version>）', 'llm-interview release: Unexpected 0 arguments, expected 1 (release <version>)'],
      [['debrief', 'a.json'], 'llm-interview debrief: 给出了 1 个参数，应为至少 2 个（debrief <first> <second> [...more]）', 'llm-interview debrief: Unexpected 1 argument, expected at least 2 (debrief <first> <second> [...more])'],
      [['release', '1.1.0', '1.2.0'], 'llm-interview release: 给出了 2 个参数，应为 1 个（release <version>）', 'llm-interview release: Unexpected 2 arguments, expected 1 (release <version>)'],
      [['check', '--format', 'xml'], 'llm-interview check: 不支持 --format “xml”，应为 “text” 或 “json”', 'llm-interview check: Unexpected --format `xml`, expected `text` or `json`'],
      [['dev', '--port', 'http'], 'llm-interview dev: --port “http” 无效，应为 0 到 65535 之间的数字', 'llm-interview dev: Unexpected --port `http`, expected a number from 0 to 65535'],
      [['build', '--pdf', '--no-pdf'], 'llm-interview build: --pdf 与 --no-pdf 不能同时使用，应只给出其中一个', 'llm-interview build: Unexpected --pdf with --no-pdf, expected one of them'],
      [['check', '--port', '1'], 'llm-interview check: “llm-interview check” 没有选项 “--port”', 'llm-interview check: Unexpected option `--port`, expected an option of `llm-interview check`']
    ]
    for (const [argv, zh, en] of cases) {
      const signature = commands.find((c) => c.name === argv[0])!
      const usage = `llm-interview ${[signature.name, signature.args].filter(Boolean).join(' ')}`
      const chinese = await run(...argv)
      expect(chinese.code, argv.join(' ')).toBe(2)
      expect(chinese.stderr, argv.join(' ')).toBe(`${zh}\n用法：${usage}；运行 \`llm-interview ${argv[0]} --help\` 查看它的选项。\n`)
      const english = await run(...argv, '--lang', 'en')
      expect(english.code, argv.join(' ')).toBe(2)
      expect(english.stderr, argv.join(' ')).toBe(`${en}\nUsage: ${usage}; run \`llm-interview ${argv[0]} --help\` for its options.\n`)
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
    expect(stderr).toContain('“007”')
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

import {existsSync, readFileSync} from 'node:fs'
import {cac, type Command} from 'cac'
import {commands} from './cli/commands.js'
import {commandHelp, globalHelp, globalOptions, signature} from './cli/help.js'
import type {CommandInput, CommandSpec, OptionSpec} from './cli/spec.js'
import {closest} from './cli/suggest.js'
import {processIo, type Io} from './io.js'
import {escapeControls} from './terminal.js'

/** The help of the whole CLI (`llm-interview --help`). */
export const usage = globalHelp(commands)

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code: 0 success, 1 errors in the content (a missing file included),
 * 2 wrong usage. Arguments are parsed by cac; each command's modules are
 * loaded only when it runs.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const cli = cac('llm-interview')
  // Defaults are the commands' own (cac would turn `--no-pdf` into a default `pdf: true`).
  cli.globalCommand.ignoreOptionDefaultValue()
  for (const option of globalOptions) cli.option(option.flags, option.description)
  const registered = new Map<Command, CommandSpec>()
  for (const spec of commands) {
    const command = cli.command(signature(spec), spec.summary).ignoreOptionDefaultValue()
    for (const option of spec.options) command.option(option.flags, option.description)
    registered.set(command, spec)
  }
  cli.parse(['node', 'llm-interview', ...argv], {run: false})
  const options = cli.options as Record<string, unknown>
  if (options['version']) {
    io.stdout(`llm-interview ${version()}\n`)
    return 0
  }
  const spec = cli.matchedCommand && registered.get(cli.matchedCommand)
  if (!spec) {
    const [word, topic] = cli.args
    if (word === 'help' || (word === undefined && options['help'])) {
      const target = topic === undefined ? undefined : commands.find((c) => c.name === topic)
      if (topic !== undefined && !target) return unknownCommand(io, topic)
      io.stdout(target ? commandHelp(target) : usage)
      return 0
    }
    if (word !== undefined) return unknownCommand(io, word)
    const unknown = unknownOptions(argv, globalOptions)
    if (unknown) return usageError(io, undefined, unknownOptionText(unknown, globalOptions))
    io.stderr(usage)
    return 2
  }
  if (options['help']) {
    io.stdout(commandHelp(spec))
    return 0
  }
  const known = [...spec.options, ...globalOptions]
  const unknown = unknownOptions(argv, known)
  if (unknown) return usageError(io, spec, unknownOptionText(unknown, known))
  // Arguments after `--` are arguments too (`check -- -odd-name.md`); cac keeps them apart.
  const args = [...cli.args, ...((options['--'] as string[] | undefined) ?? [])]
  const input = commandInput(spec, args, options, argv, io)
  for (const option of spec.options) {
    if (option.flags.includes('<') && options[keyOf(option)] === true) return input.usage(`${longFlag(option)} needs a value: ${option.flags}`)
  }
  const arity = argumentProblem(spec, args.length)
  if (arity) return input.usage(arity)
  return spec.run(input, io)
}

function commandInput(spec: CommandSpec, args: string[], options: Record<string, unknown>, argv: readonly string[], io: Io): CommandInput {
  const last = (name: string): unknown => {
    const value = options[name]
    return Array.isArray(value) ? value.at(-1) : value
  }
  return {
    args,
    text(name) {
      const value = last(name)
      if (value === undefined || typeof value === 'boolean') return undefined
      // cac's parser turns number-like values into numbers (`--content 007` -> 7): take the text as typed.
      if (typeof value === 'number') {
        const option = spec.options.find((o) => keyOf(o) === name)
        return (option && typedValue(argv, longFlag(option))) ?? String(value)
      }
      return String(value)
    },
    flag(name) {
      const value = last(name)
      return typeof value === 'boolean' ? value : undefined
    },
    given(flag) {
      return beforeDashes(argv).some((token) => token === flag || token.startsWith(`${flag}=`))
    },
    usage: (text) => usageError(io, spec, text)
  }
}

/** The first option in `argv` that is none of `known`, as typed (`--frmat`, `-x`). */
function unknownOptions(argv: readonly string[], known: readonly OptionSpec[]): string | undefined {
  const spellings = new Set(known.flatMap(spellingsOf))
  for (const token of beforeDashes(argv)) {
    if (!token.startsWith('-') || token === '-') continue
    const names = token.startsWith('--') ? [token.split('=')[0]!] : [...token.slice(1).split('=')[0]!].map((c) => `-${c}`)
    const unknown = names.find((name) => !spellings.has(name))
    if (unknown) return unknown
  }
  return undefined
}

function unknownOptionText(option: string, known: readonly OptionSpec[]): string {
  const suggestion = option.startsWith('--') ? closest(option, known.flatMap(spellingsOf).filter((s) => s.startsWith('--'))) : undefined
  return `unknown option \`${option}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`
}

function unknownCommand(io: Io, word: string): number {
  const suggestion = closest(word, commands.map((c) => c.name))
  return usageError(io, undefined, `unknown command \`${word}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`)
}

/** A short usage error (what is wrong, where to read more) on stderr; exit code 2. */
function usageError(io: Io, spec: CommandSpec | undefined, text: string): number {
  const name = spec ? `llm-interview ${spec.name}` : 'llm-interview'
  const more = spec ? `Usage: llm-interview ${signature(spec)}; run \`${name} --help\` for its options.` : 'Run `llm-interview --help` for the commands.'
  io.stderr(`${escapeControls(`${name}: ${text}`)}\n${more}\n`)
  return 2
}

/** Whether `count` positional arguments fit the command's; else the usage error's text. */
function argumentProblem(spec: CommandSpec, count: number): string | undefined {
  const required = (spec.args.match(/</g) ?? []).length
  const optional = (spec.args.match(/\[/g) ?? []).length
  const most = spec.args.includes('...') ? Infinity : required + optional
  if (count >= required && count <= most) return undefined
  const expected = most === Infinity ? `at least ${required}` : required === most ? String(required) : `${required}-${most}`
  return `unexpected ${count} argument${count === 1 ? '' : 's'}, expected ${expected} (${signature(spec)})`
}

function beforeDashes(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--')
  return end === -1 ? argv : argv.slice(0, end)
}

/** `--format <format>` -> `--format`; `-h, --help` -> `-h`, `--help`. */
function spellingsOf(option: OptionSpec): string[] {
  return option.flags.split(',').map((part) => part.trim().replace(/\s*[<[].*$/, ''))
}

function longFlag(option: OptionSpec): string {
  return spellingsOf(option).at(-1)!
}

/** The key cac parses an option into: `--base-content` -> `baseContent`, `--no-pdf` -> `pdf`. */
function keyOf(option: OptionSpec): string {
  return longFlag(option).replace(/^--(no-)?/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** The last value of `flag` in `argv` as typed (`--flag value` or `--flag=value`). */
function typedValue(argv: readonly string[], flag: string): string | undefined {
  const tokens = beforeDashes(argv)
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!
    if (token.startsWith(`${flag}=`)) return token.slice(flag.length + 1)
    if (token === flag && i + 1 < tokens.length) return tokens[i + 1]
  }
  return undefined
}

/** The site package's version. */
function version(): string {
  // dist/cli.js and the bundle's dist/bundle/cli.js: the nearest package.json above is the site package's.
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const manifest = new URL('package.json', dir)
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}).version
    if (dir.pathname === '/') throw new Error('Unexpected CLI outside its package, expected a package.json above it')
  }
}

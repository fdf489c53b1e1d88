import {existsSync, readFileSync} from 'node:fs'
import {cac, type CAC, type Command} from 'cac'
import {commands} from './cli/commands.js'
import {commandHelp, globalHelp, globalOptions, signature} from './cli/help.js'
import type {CommandInput, CommandSpec, OptionSpec} from './cli/spec.js'
import {closest} from './cli/suggest.js'
import {usageError} from './cli/usage-error.js'
import {processIo, type Io} from './io.js'
import {usageLang, type UsageProblem} from './messages/usage.js'

/** The help of the whole CLI (`llm-interview --help`). */
export const usage = globalHelp(commands)

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code: 0 success, 1 errors in the content (a missing file included),
 * 2 wrong usage. Arguments are parsed and checked by cac (unknown options,
 * options without their value, the number of arguments); its refusals are
 * printed from the usage catalogue, in `--lang` when it is English, else in
 * Chinese. Each command's modules are loaded only when it runs.
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
  const lang = usageLang(Array.isArray(options['lang']) ? options['lang'].at(-1) : options['lang'])
  const refuse = (spec: CommandSpec | undefined, problem: UsageProblem) => usageError(io, spec, problem, lang)
  if (options['version']) {
    io.stdout(`llm-interview ${version()}\n`)
    return 0
  }
  const spec = cli.matchedCommand && registered.get(cli.matchedCommand)
  if (!cli.matchedCommand || !spec) {
    const [word, topic] = cli.args
    if (word === 'help' || (word === undefined && options['help'])) {
      const target = topic === undefined ? undefined : commands.find((c) => c.name === topic)
      if (topic !== undefined && !target) return refuse(undefined, unknownCommand(topic))
      io.stdout(target ? commandHelp(target) : usage)
      return 0
    }
    if (word !== undefined) return refuse(undefined, unknownCommand(word))
    const problem = optionProblem(cli, cli.globalCommand, globalOptions)
    if (problem) return refuse(undefined, problem)
    io.stderr(usage)
    return 2
  }
  if (options['help']) {
    io.stdout(commandHelp(spec))
    return 0
  }
  const optionError = optionProblem(cli, cli.matchedCommand, [...spec.options, ...globalOptions])
  if (optionError) return refuse(spec, optionError)
  // Arguments after `--` are arguments too (`check -- -odd-name.md`); cac keeps them apart.
  const args = [...cli.args, ...((options['--'] as string[] | undefined) ?? [])]
  const argumentError = argumentProblem(cli, cli.matchedCommand, spec, args)
  if (argumentError) return refuse(spec, argumentError)
  return spec.run(commandInput(spec, args, options, argv, (problem) => refuse(spec, problem)), io)
}

function commandInput(spec: CommandSpec, args: string[], options: Record<string, unknown>, argv: readonly string[], usage: (problem: UsageProblem) => number): CommandInput {
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
    usage
  }
}

/** Whether cac's check of a parsed value throws (its refusal); any other error is rethrown. */
function refusedBy(check: () => void): boolean {
  try {
    check()
    return false
  } catch (error) {
    if (error instanceof Error && error.name === 'CACError') return true
    throw error
  }
}

/**
 * cac's refusal of the options `command` was given: an unknown option (as
 * cac parsed it: `--base-contnt`, `-x`, `--no-pdf`), with the closest
 * known one, or an option without its value.
 */
function optionProblem(cli: CAC, command: Command, known: readonly OptionSpec[]): UsageProblem | undefined {
  const parsed = cli.options as Record<string, unknown>
  if (refusedBy(() => command.checkUnknownOptions())) {
    const key = Object.keys(parsed).find((name) => name !== '--' && !command.hasOption(name) && !cli.globalCommand.hasOption(name)) ?? ''
    const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    const option = key.length === 1 ? `-${key}` : parsed[key] === false ? `--no-${kebab}` : `--${kebab}`
    const suggestion = option.startsWith('--') ? closest(option, known.flatMap(spellingsOf).filter((s) => s.startsWith('--'))) : undefined
    const name = command === cli.globalCommand ? 'llm-interview' : `llm-interview ${command.name}`
    return {key: 'usage/unknown-option', params: {option, command: name, suggestion: suggestion ?? ''}}
  }
  if (refusedBy(() => command.checkOptionValue())) {
    const option = [...cli.globalCommand.options, ...command.options].find((o) => o.required && typeof parsed[o.name] === 'boolean')
    const flags = option?.rawName ?? ''
    return {key: 'usage/missing-value', params: {option: flags.replace(/\s*<.*$/, ''), flags}}
  }
  return undefined
}

/** cac's refusal of the number of arguments, those after `--` counted. */
function argumentProblem(cli: CAC, command: Command, spec: CommandSpec, args: readonly string[]): UsageProblem | undefined {
  const parsed = cli.args
  cli.args = args
  const refused = refusedBy(() => command.checkRequiredArgs()) || refusedBy(() => command.checkUnusedArgs())
  cli.args = parsed
  if (!refused) return undefined
  const least = command.args.filter((arg) => arg.required).length
  const most = command.args.some((arg) => arg.variadic) ? -1 : command.args.length
  return {key: 'usage/arguments', params: {count: args.length, least, most, signature: signature(spec)}}
}

function unknownCommand(word: string): UsageProblem {
  return {key: 'usage/unknown-command', params: {word, suggestion: closest(word, commands.map((c) => c.name)) ?? ''}}
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

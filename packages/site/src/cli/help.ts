import type {CommandSpec, OptionSpec} from './spec.js'

/** The options every command takes. */
export const globalOptions: readonly OptionSpec[] = [
  {flags: '-h, --help', description: 'Show help (with a command: its own options)'},
  {flags: '-v, --version', description: 'Show the version'}
]

const exitCodes = 'Exit codes: 0 ok, 1 errors in the content (a missing file included), 2 wrong usage.'

/** A command as typed: `diff <a> <b>`. */
export function signature(command: CommandSpec): string {
  return [command.name, command.args].filter(Boolean).join(' ')
}

/** The help of the whole CLI: its commands, one line each. */
export function globalHelp(commands: readonly CommandSpec[]): string {
  return [
    'Usage: llm-interview <command> [options]',
    section('Commands:', commands.map((c) => [signature(c), c.summary])),
    section('Options:', globalOptions.map(optionRow)),
    `Run \`llm-interview <command> --help\` for the options of a command.\n${exitCodes}`
  ].join('\n\n') + '\n'
}

/** The help of one command: usage, what it does, its options and examples. */
export function commandHelp(command: CommandSpec): string {
  return [
    `Usage: llm-interview ${signature(command)}${command.options.length > 0 ? ' [options]' : ''}`,
    [command.summary + '.', ...(command.details ?? [])].join('\n'),
    section('Options:', [...command.options, ...globalOptions].map(optionRow)),
    ...(command.examples?.length ? [`Examples:\n${command.examples.map((e) => `  ${e}`).join('\n')}`] : []),
    exitCodes
  ].join('\n\n') + '\n'
}

function optionRow(option: OptionSpec): [string, string] {
  return [option.flags, option.default === undefined ? option.description : `${option.description} (default: ${option.default})`]
}

function section(title: string, rows: readonly [string, string][]): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  return [title, ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`)].join('\n')
}

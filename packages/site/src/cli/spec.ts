import {isMessageLang, messageLangs, type MessageLang} from '@org/llm-interview-parser'
import type {Io} from '../io.js'
import type {UsageProblem} from '../messages/usage.js'

/** One option of a command, as its help shows it. */
export interface OptionSpec {
  /** cac syntax: `--format <format>`, `--dry-run`, `-h, --help`, `--no-pdf`. */
  flags: string
  description: string
  /** The default, shown in the help (the command applies it itself). */
  default?: string
}

/** What a command's `run` receives: its arguments, options and a way to refuse them. */
export interface CommandInput {
  /** The positional arguments after the command name. */
  args: string[]
  /** An option's text as typed (the last one when repeated); undefined when absent. */
  text(name: string): string | undefined
  /** Whether a boolean option was given: true (`--pdf`), false (`--no-pdf`) or undefined. */
  flag(name: string): boolean | undefined
  /** Whether an option appears on the command line, in any spelling (`--pdf`, `--no-pdf`). */
  given(flag: string): boolean
  /** Prints a short usage error naming this command (from the usage catalogue, in the language of usage errors) and returns exit code 2. */
  usage(problem: UsageProblem): number
}

/**
 * A command of the CLI: its help and what it runs. The modules a command
 * needs are imported inside `run`, so a command loads only its own code.
 */
export interface CommandSpec {
  name: string
  /** cac syntax for the positional arguments: `<file>`, `[...paths]`, `<a> <b>`. */
  args: string
  /** One line for the list of commands. */
  summary: string
  /** More lines for the command's own help. */
  details?: string[]
  options: OptionSpec[]
  examples?: string[]
  /** Exit code: 0 ok, 1 errors in the content (missing files included), 2 wrong usage. */
  run(input: CommandInput, io: Io): Promise<number>
}

/** The option every command with a content folder takes. */
export const contentOption: OptionSpec = {flags: '--content <dir>', description: 'Content folder', default: 'content'}

/** Whether `--format <format>` is one of `formats`; else the usage error. */
export function formatProblem(format: string, formats: readonly string[]): UsageProblem | undefined {
  return formats.includes(format) ? undefined : {key: 'usage/format', params: {format, formats}}
}

/** `--lang`: the language of the messages (check, build, dev, release; debrief adds its report). */
export const langOption: OptionSpec = {flags: '--lang <lang>', description: "Language of the messages: zh-CN or en", default: "each guide's lang"}

/** `--all`: the warnings of released versions too (check, build). */
export const allOption: OptionSpec = {flags: '--all', description: 'Also show the warnings of released versions (hidden by default, counted in one line)'}

/** `{lang}` from `--lang` (empty when absent), or the usage error for a language without a catalogue. */
export function messageLangOf(input: CommandInput): {ok: true; lang: {lang?: MessageLang}} | {ok: false; problem: UsageProblem} {
  const lang = input.text('lang')
  if (lang === undefined) return {ok: true, lang: {}}
  if (!isMessageLang(lang)) return {ok: false, problem: {key: 'usage/lang', params: {lang, langs: messageLangs}}}
  return {ok: true, lang: {lang}}
}

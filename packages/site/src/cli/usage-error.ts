import {formatMessage, type Catalogue, type MessageLang} from '@org/llm-interview-parser'
import type {Io} from '../io.js'
import {usageHint, usageMessages, type UsageProblem} from '../messages/usage.js'
import {escapeControls} from '../terminal.js'
import {signature} from './help.js'
import type {CommandSpec} from './spec.js'

/**
 * Prints a usage error (what is wrong with the command line, then the
 * command's usage and where to read more) on stderr, in `lang`; exit code 2.
 */
export function usageError(io: Io, spec: CommandSpec | undefined, problem: UsageProblem, lang: MessageLang): number {
  const text = formatMessage(usageMessages as unknown as Catalogue, problem.key, problem.params, lang)!
  io.stderr(commandLineText(spec?.name, text.reason, usageHint[lang](spec ? {command: spec.name, signature: signature(spec)} : {})))
  return 2
}

/**
 * A refusal of the command line itself, which has no file or position:
 * `llm-interview <command>: <reason>`, then `hint` on its own line when
 * there is one. Control characters escaped (the text holds arguments).
 */
export function commandLineText(command: string | undefined, reason: string, hint: string): string {
  return escapeControls(`${command ? `llm-interview ${command}` : 'llm-interview'}: ${reason}\n${hint ? `${hint}\n` : ''}`)
}

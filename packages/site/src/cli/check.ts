import {allOption, contentOption, formatProblem, langOption, messageLangOf, type CommandSpec} from './spec.js'

export const checkSpec: CommandSpec = {
  name: 'check',
  args: '[...paths]',
  summary: 'Check guide sources (default: content); exit 1 on any error',
  details: ['Paths are guide files or content folders. Warnings are printed and allowed.'],
  options: [
    {flags: '--format <format>', description: 'Output format: text or json', default: 'text'},
    {...contentOption, description: 'Content folder checked when no path is given'},
    langOption,
    allOption
  ],
  examples: ['llm-interview check', 'llm-interview check content/my-guide/guide.md --format json'],
  async run(input, io) {
    const format = input.text('format') ?? 'text'
    const problem = formatProblem(format, ['text', 'json'])
    if (problem) return input.usage(problem)
    const lang = messageLangOf(input)
    if (!lang.ok) return input.usage(lang.problem)
    const {check} = await import('../commands/check.js')
    return check({paths: input.args.length > 0 ? input.args : [input.text('content') ?? 'content'], format: format as 'text' | 'json', all: input.flag('all') === true, ...lang.lang}, io)
  }
}

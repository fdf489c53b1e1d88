import {contentOption, formatProblem, type CommandSpec} from './spec.js'

export const diffSpec: CommandSpec = {
  name: 'diff',
  args: '<a> <b>',
  summary: 'Question-level changes between versions (x.y.z, latest or next)',
  details: ['Without --guide, every guide whose versions differ.'],
  options: [
    {flags: '--format <format>', description: 'Output format: text, md or json', default: 'text'},
    {flags: '--guide <id>', description: 'The guide, when content has several'},
    contentOption,
    {flags: '--base-content <dir>', description: 'Read A in this folder (e.g. the pull request\'s base), B in --content'}
  ],
  examples: ['llm-interview diff latest next', 'llm-interview diff 1.0.0 1.1.0 --guide my-guide --format md'],
  async run(input, io) {
    const format = input.text('format') ?? 'text'
    const problem = formatProblem(format, ['text', 'md', 'json'])
    if (problem) return input.usage(problem)
    const guide = input.text('guide')
    const base = input.text('baseContent')
    const {diffCommand} = await import('../commands/diff.js')
    return diffCommand(
      {
        from: input.args[0]!,
        to: input.args[1]!,
        format: format as 'text' | 'md' | 'json',
        contentDir: input.text('content') ?? 'content',
        ...(guide !== undefined ? {guide} : {}),
        ...(base !== undefined ? {baseContentDir: base} : {})
      },
      io
    )
  }
}

import {allOption, contentOption, langOption, messageLangOf, type CommandSpec} from './spec.js'

export const partSpec: CommandSpec = {
  name: 'part',
  args: '',
  summary: "One guide's share of the build (its turbo task): check and render it into content/<id>/dist/part",
  details: ['`build` then reuses that folder, so turbo skips unchanged guides and runs changed ones in parallel.'],
  options: [
    {flags: '--guide <id>', description: 'The guide to build'},
    contentOption,
    {flags: '--pdf', description: 'As given to build: the pages link to PDFs'},
    {flags: '--no-pdf', description: 'As given to build: no PDF links'},
    langOption,
    allOption
  ],
  examples: ['llm-interview part --content .. --guide my-guide'],
  async run(input, io) {
    const guide = input.text('guide')
    if (!guide) return input.usage({key: 'usage/part-guide', params: {}})
    if (input.given('--pdf') && input.given('--no-pdf')) return input.usage({key: 'usage/pdf-both', params: {}})
    const lang = messageLangOf(input)
    if (!lang.ok) return input.usage(lang.problem)
    const pdf = input.flag('pdf')
    const {partCommand} = await import('../commands/part.js')
    return partCommand({contentDir: input.text('content') ?? 'content', guide, pdf: pdf === true ? 'always' : pdf === false ? 'never' : 'auto', all: input.flag('all') === true, ...lang.lang}, io)
  }
}

import {contentOption, langOption, messageLangOf, type CommandSpec} from './spec.js'

export const releaseSpec: CommandSpec = {
  name: 'release',
  args: '<version>',
  summary: 'Freeze guide.md as versions/<version>.md and record its checksum',
  details: ['The version is x.y.z, above the latest release. Nothing changes when any check fails (exit 1).'],
  options: [
    {flags: '--guide <id>', description: 'The guide, when content has several'},
    contentOption,
    {flags: '--dry-run', description: 'Run every check of the release, write nothing'},
    langOption
  ],
  examples: ['llm-interview release 1.1.0 --guide my-guide'],
  async run(input, io) {
    const guide = input.text('guide')
    const lang = messageLangOf(input)
    if (!lang.ok) return input.usage(lang.problem)
    const {releaseCommand} = await import('../commands/release.js')
    return releaseCommand({version: input.args[0]!, contentDir: input.text('content') ?? 'content', dryRun: input.flag('dryRun') === true, ...(guide !== undefined ? {guide} : {}), ...lang.lang}, io)
  }
}

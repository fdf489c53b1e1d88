import {contentOption, type CommandSpec} from './spec.js'

export const newSpec: CommandSpec = {
  name: 'new',
  args: '<id>',
  summary: 'Start a guide: content/<id>/ with guide.md, package.json, lockfile entry',
  details: ['The id is the guide\'s URL: lowercase letters, digits and hyphens, starting with a letter.'],
  options: [
    {flags: '--from <file>', description: 'An outline to start from (front matter derived from its body)'},
    {flags: '--title <title>', description: 'The title of the skeleton written without --from'},
    {flags: '--lang <tag>', description: 'The guide\'s language', default: 'zh-CN'},
    contentOption
  ],
  examples: ['llm-interview new ml-systems --from outline.md', 'llm-interview new ml-systems --title "ML systems interview"'],
  async run(input, io) {
    const from = input.text('from')
    const title = input.text('title')
    const lang = input.text('lang')
    if (from !== undefined && title !== undefined) return input.usage({key: 'usage/new-title', params: {}})
    const {newCommand} = await import('../commands/new.js')
    return newCommand({id: input.args[0]!, contentDir: input.text('content') ?? 'content', ...(from !== undefined ? {from} : {}), ...(title !== undefined ? {title} : {}), ...(lang !== undefined ? {lang} : {})}, io)
  }
}

import {cacheDir} from './build.js'
import {contentOption, langOption, messageLangOf, type CommandSpec} from './spec.js'

export const devSpec: CommandSpec = {
  name: 'dev',
  args: '',
  summary: 'Build, serve on 127.0.0.1 and rebuild on every change in content',
  details: ['The preview shows `next` (the unreleased edits), with errors and warnings on the page. Ctrl+C stops it.'],
  options: [
    contentOption,
    {flags: '--port <n>', description: 'Port (0 picks a free one)', default: '4173'},
    {flags: '--cache <dir>', description: 'Reuse parse and render results', default: 'node_modules/.cache/llm-interview'},
    {flags: '--no-cache', description: 'Keep the cache in memory only'},
    langOption
  ],
  examples: ['llm-interview dev --port 8080'],
  async run(input, io) {
    const text = input.text('port') ?? '4173'
    const port = /^\d+$/.test(text) ? Number(text) : Number.NaN
    if (!Number.isInteger(port) || port < 0 || port > 65535) return input.usage({key: 'usage/port', params: {port: text}})
    const lang = messageLangOf(input)
    if (!lang.ok) return input.usage(lang.problem)
    const {devCommand} = await import('../commands/dev.js')
    return devCommand({contentDir: input.text('content') ?? 'content', port, cacheDir: cacheDir(input), ...lang.lang}, io)
  }
}

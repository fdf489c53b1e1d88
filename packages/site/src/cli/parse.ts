import type {CommandSpec} from './spec.js'

export const parseSpec: CommandSpec = {
  name: 'parse',
  args: '<file>',
  summary: 'Print the validated guide JSON of one source file',
  details: ['The messages go to stderr; with any error nothing is printed on stdout (exit 1).'],
  options: [],
  examples: ['llm-interview parse content/my-guide/guide.md > guide.json'],
  async run(input, io) {
    const {parseCommand} = await import('../commands/parse.js')
    return parseCommand(input.args[0]!, io)
  }
}

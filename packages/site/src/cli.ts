import {parseArgs} from 'node:util'
import {check} from './commands/check.js'
import {parseCommand} from './commands/parse.js'
import {processIo, type Io} from './io.js'

export const usage = `Usage: llm-interview <command> [options]

Commands:
  check [paths...]     Check guide sources (default: content). Exit 1 on any error.
    --format text|json   Output format (default: text)
  parse FILE           Print the validated guide JSON of one source file.

Options:
  -h, --help           Show this help.
`

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code: 0 success, 1 errors in the content, 2 wrong usage.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {format: {type: 'string', default: 'text'}, help: {type: 'boolean', short: 'h'}}
    })
  } catch (error) {
    io.stderr(`llm-interview: ${(error as Error).message}\n\n${usage}`)
    return 2
  }
  const [command, ...rest] = parsed.positionals
  if (parsed.values.help || command === 'help') {
    io.stdout(usage)
    return 0
  }
  const format = parsed.values.format
  if (format !== 'text' && format !== 'json') {
    io.stderr(`llm-interview: unexpected --format \`${format}\`, expected \`text\` or \`json\`\n`)
    return 2
  }
  switch (command) {
    case 'check':
      return check({paths: rest.length > 0 ? rest : ['content'], format}, io)
    case 'parse':
      if (rest.length !== 1) {
        io.stderr(`llm-interview: \`parse\` takes exactly one FILE\n\n${usage}`)
        return 2
      }
      return parseCommand(rest[0]!, io)
    default:
      io.stderr(command ? `llm-interview: unknown command \`${command}\`\n\n${usage}` : usage)
      return 2
  }
}

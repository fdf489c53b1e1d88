import type {MessageLang} from '@org/llm-interview-parser'
import {contentFolderProblem} from '../content/load.js'
import {startDevServer, type DevServer} from '../dev/server.js'
import type {Io} from '../io.js'
import {localizeFiles} from '../messages/localize.js'
import {escapeControls, reportFiles} from '../terminal.js'

/**
 * `llm-interview dev`: the live preview, until Ctrl+C or SIGTERM; it names
 * the page to open (`next` of the guide). Exit code 1 when the content
 * folder is missing or the port cannot be used (one line, no stack trace).
 */
export async function devCommand(options: {contentDir: string; port: number; cacheDir: string | undefined; lang?: MessageLang}, io: Io): Promise<number> {
  const problem = await contentFolderProblem(options.contentDir)
  if (problem) {
    localizeFiles([problem], options.lang)
    io.stderr(reportFiles([problem], {color: io.color}) + '\n')
    return 1
  }
  let server: DevServer
  try {
    server = await startDevServer({...options, log: io.stderr, color: io.color})
  } catch (error) {
    io.stderr(`llm-interview dev: ${escapeControls(startFailure(error as NodeJS.ErrnoException, options.port))}\n`)
    return 1
  }
  // Listening before saying so: a signal right after the line still stops cleanly.
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  io.stderr(`${escapeControls(`Serving ${options.contentDir} at ${server.home}`)} (Ctrl+C to stop)\n`)
  await stop
  await server.close()
  return 0
}

function startFailure(error: NodeJS.ErrnoException, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use (another preview?); stop it, or choose another port with --port N (--port 0 picks a free one)`
    case 'EACCES':
      return `no permission to listen on port ${port}; choose a port above 1023 with --port N`
    default:
      return `cannot start the preview (${error.message})`
  }
}

import {startDevServer} from '../dev/server.js'
import type {Io} from '../io.js'

/** `llm-interview dev`: the live preview, until Ctrl+C. */
export async function devCommand(options: {contentDir: string; port: number; cacheDir: string | undefined}, io: Io): Promise<number> {
  const server = await startDevServer({...options, log: io.stderr})
  io.stderr(`Serving ${options.contentDir} at ${server.url} (Ctrl+C to stop)\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.close()
  return 0
}

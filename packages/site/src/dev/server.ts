import {watch} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {createServer, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import {build} from '../build/build.js'
import {BuildCache} from '../build/cache.js'
import {clientScript} from './client.js'
import {resolveStatic} from './static.js'

export interface DevServer {
  url: string
  /** Rebuilds now; resolves when done. */
  rebuild(): Promise<void>
  close(): Promise<void>
}

export interface DevOptions {
  contentDir: string
  port: number
  /** Where terminal output goes. */
  log: (text: string) => void
  /** Folder of the build cache shared with `build`; undefined for memory only. */
  cacheDir?: string
}

/**
 * Serves the site on 127.0.0.1, rebuilding it on every change in the
 * content folder. Pages reload after a good rebuild; after a failed one the
 * errors show in the terminal and on the page, and the last good build
 * stays served.
 */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'llm-interview-dev-')), 'site')
  const clients = new Set<ServerResponse>()
  // Kept across rebuilds: an edit re-parses and re-renders only what it touches.
  const cache = new BuildCache(options.cacheDir)
  let errors = ''
  const send = (event: string, data: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/'
    if (url === '/__dev/events') {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
      response.write(`event: status\ndata: ${JSON.stringify({errors})}\n\n`)
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (url === '/__dev/client.js') {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'})
      response.end(clientScript)
      return
    }
    const file = await resolveStatic(outDir, url)
    if (file.status === 301) {
      response.writeHead(301, {location: file.type})
      response.end()
      return
    }
    const body = file.type.startsWith('text/html') ? Buffer.from(file.body.toString('utf8').replace('</body>', '<script type="module" src="/__dev/client.js"></script></body>')) : file.body
    response.writeHead(file.status, {'content-type': file.type, 'cache-control': 'no-store'})
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  let running: Promise<void> = Promise.resolve()
  const rebuild = () => {
    running = running.then(async () => {
      const started = performance.now()
      // No PDFs in the preview: they take seconds, and the print pages show the same.
      const result = await build({contentDir: options.contentDir, outDir, siteUrl: url, pdf: 'never', cache})
      const problems = result.files.filter((file) => file.messages.some((m) => m.fatal))
      errors = problems.length > 0 ? reporter(problems, {verbose: true, color: false}) : ''
      if (result.ok) {
        options.log(`Rebuilt in ${(performance.now() - started).toFixed(0)} ms\n`)
        send('status', {errors})
        send('reload', {})
      } else {
        options.log(`${reporter(problems, {verbose: true})}\nThe last good build stays served.\n`)
        send('status', {errors})
      }
    })
    return running
  }
  await rebuild()
  let timer: NodeJS.Timeout | undefined
  const watcher = watch(options.contentDir, {recursive: true}, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void rebuild(), 30)
  })
  return {
    url,
    rebuild,
    async close() {
      watcher.close()
      clearTimeout(timer)
      for (const client of clients) client.end()
      await new Promise((resolve) => server.close(resolve))
      await running
      await rm(path.dirname(outDir), {recursive: true, force: true})
    }
  }
}

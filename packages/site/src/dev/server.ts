import {watch} from 'node:fs'
import {createServer, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {reporter} from 'vfile-reporter'
import {build} from '../build/build.js'
import {BuildCache} from '../build/cache.js'
import {clientScript} from './client.js'
import {contentType} from './static.js'

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
  // The last good build, served from memory: nothing is written to disk.
  let site = new Map<string, string | Uint8Array>()
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
    const file = serve(site, url)
    if (file.location) {
      response.writeHead(301, {location: file.location})
      response.end()
      return
    }
    const body = file.type.startsWith('text/html') ? String(file.body).replace('</body>', '<script type="module" src="/__dev/client.js"></script></body>') : file.body
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
      const result = await build({contentDir: options.contentDir, outDir: '', siteUrl: url, pdf: 'never', cache, write: false})
      if (result.ok) site = new Map(result.site.map((file) => [file.path, file.content]))
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
    timer = setTimeout(() => void rebuild(), 10)
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
    }
  }
}

/** What a static host would answer for `url` from the site's files. */
function serve(site: ReadonlyMap<string, string | Uint8Array>, url: string): {status: number; type: string; body?: string | Uint8Array; location?: string} {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname).replace(/^\/+/, '')
  } catch {
    pathname = ''
  }
  const direct = site.get(pathname) ?? site.get(`${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`)
  if (direct !== undefined) {
    if (pathname !== '' && !pathname.endsWith('/') && !site.has(pathname)) return {status: 301, type: '', location: `/${pathname}/`}
    return {status: 200, type: contentType(site.has(pathname) ? pathname : 'index.html'), body: direct}
  }
  return {status: 404, type: contentType('404.html'), body: site.get('404.html') ?? 'Not found'}
}

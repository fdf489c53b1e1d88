import {watch, type FSWatcher} from 'node:fs'
import {createServer, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import type {MessageLang} from '@org/llm-interview-parser'
import {VFile} from 'vfile'
import {contentFolderProblem} from '../content/load.js'
import {addProblem, localizeFiles, siteProblem} from '../messages/localize.js'
import {escapeControls, reportFiles} from '../terminal.js'
import {clientScript} from './client.js'
import {PreviewBuilder, type PreviewOutcome} from './preview-builder.js'
import {PreviewSite} from './preview-site.js'
import {allowedHost, refusal, renderFailure, serve, statusPage, type Answer} from './respond.js'
import {SaveSettler, type SettleOptions} from './settle.js'

export interface DevServer {
  url: string
  /** The page to open: `next` of the only guide (the text being edited), else the index of guides. */
  home: string
  /** Rebuilds now; resolves when done (or stopped at the deadline). */
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
  /** Milliseconds a rebuild may take before it is stopped (default 15000). */
  deadline?: number
  /** The build worker module; tests put a slow one in its place. */
  worker?: URL
  /** How long to wait for a save to finish before rebuilding (see SaveSettler). */
  settle?: SettleOptions
  /** Whether to colour the reports in the terminal (default: vfile-reporter's guess). */
  color?: boolean
  /** The language of the messages; default: each guide's own `lang`. */
  lang?: MessageLang
}

/** Default of `DevOptions.deadline`: far above any guide within the parser's limits. */
export const defaultDeadline = 15_000

/**
 * Serves the site on 127.0.0.1, rebuilding it on every change in the
 * content folder. Builds (loading and checking the content) run in a
 * worker thread with a deadline, so the server always answers; the server
 * renders each page when it is first asked for (see PreviewSite). The
 * index links to `next`, the text being edited. A rebuild starts once a
 * save has finished (see SaveSettler).
 * Pages reload after a good rebuild and show the warnings of the edited
 * sources; after a failed or stopped one the errors show in the terminal
 * and on the page, and the last good build stays served. Rejects when the content folder is missing
 * or the port cannot be used (the error's `code`, e.g. `EADDRINUSE`).
 */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const folderProblem = await contentFolderProblem(options.contentDir)
  if (folderProblem) throw Object.assign(new Error(`${options.contentDir}: ${folderProblem.messages[0]!.reason}`), {code: 'ENOENT'})
  // The last good build, served from memory: nothing is written to disk.
  const site = await PreviewSite.create()
  const clients = new Set<ServerResponse>()
  let errors = ''
  let warnings = ''
  const send = (event: string, data: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  let port = options.port
  let homePath = ''
  const color = options.color === undefined ? {} : {color: options.color}
  const server = createServer((request, response) => {
    if (!allowedHost(request.headers.host, port)) {
      const answer = refusal(port)
      response.writeHead(answer.status, {'content-type': answer.type, 'cache-control': 'no-store'})
      response.end(answer.body)
      return
    }
    const url = request.url ?? '/'
    if (url === '/__dev/events') {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
      response.write(`event: status\ndata: ${JSON.stringify({errors, warnings})}\n\n`)
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (url === '/__dev/client.js') {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'})
      response.end(clientScript)
      return
    }
    let file: Answer
    try {
      file = site.empty ? statusPage(errors) : serve(site, url)
    } catch (error) {
      // A page is rendered when asked for: a renderer failure is this page's answer.
      file = renderFailure(url, error)
    }
    if (file.location) {
      response.writeHead(301, {location: file.location})
      response.end()
      return
    }
    const body = file.type.startsWith('text/html') ? String(file.body).replace('</body>', '<script type="module" src="/__dev/client.js"></script></body>') : file.body
    response.writeHead(file.status, {'content-type': file.type, 'cache-control': 'no-store'})
    response.end(body)
  })
  await listen(server, options.port)
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}/`
  const deadline = options.deadline ?? defaultDeadline
  const builder = new PreviewBuilder({contentDir: options.contentDir, cacheDir: options.cacheDir, deadline, ...(options.worker ? {worker: options.worker} : {})})
  // The file of the last save, named when a build runs over its deadline.
  let lastSaved: string | undefined
  const apply = async (outcome: PreviewOutcome, ms: number) => {
    if (outcome.kind === 'stopped') return
    if (outcome.kind === 'built' && outcome.content) {
      try {
        // The pages are rendered as the browser asks for them: the reload goes out at once.
        site.update(outcome.content, url)
      } catch (error) {
        return apply({kind: 'failed', reason: error instanceof Error ? error.message : String(error)}, ms)
      }
      homePath = homeOf(site.paths())
      const before = warnings
      errors = ''
      localizeFiles(outcome.warnings, options.lang)
      warnings = outcome.warnings.length > 0 ? reportFiles(outcome.warnings, {color: false}) : ''
      const count = outcome.warnings.reduce((n, file) => n + file.messages.length, 0)
      // The warnings' report once, not again on every rebuild that keeps them.
      if (warnings !== '' && warnings !== before) options.log(`${reportFiles(outcome.warnings, color)}\n`)
      options.log(`Rebuilt in ${ms.toFixed(0)} ms${count > 0 ? ` (${count} warning${count === 1 ? '' : 's'}, shown on the page)` : ''}\n`)
      send('status', {errors, warnings})
      send('reload', {})
      return
    }
    // Errors of a save caught half-written never show: a newer build reports instead.
    if (!(await settler.errorsWait())) return
    const problems = outcome.kind === 'built' ? outcome.problems : [buildProblem(outcome, lastSaved ?? options.contentDir)]
    localizeFiles(problems, options.lang)
    errors = reportFiles(problems, {color: false})
    options.log(`${reportFiles(problems, color)}\n${!site.empty ? 'The last good build stays served.' : 'No build has succeeded yet.'}\n`)
    send('status', {errors, warnings})
  }
  let running: Promise<void> = Promise.resolve()
  let queued: Promise<void> | undefined
  // Saves during a build ask for one more build after it, not one each.
  const rebuild = (): Promise<void> => {
    queued ??= running.then(async () => {
      queued = undefined
      const started = performance.now()
      const outcome = await builder.run(site.held())
      await apply(outcome, performance.now() - started)
    })
    running = queued
    return queued
  }
  let watcher: FSWatcher
  const settler = new SaveSettler(() => void rebuild(), options.settle)
  try {
    watcher = watch(options.contentDir, {recursive: true}, (_event, name) => {
      // Editors also write probes and backups (`4913`, `guide.md~`): name only sources.
      if (name && String(name).endsWith('.md')) lastSaved = path.join(options.contentDir, String(name))
      settler.changed(name && String(name).endsWith('.md') ? path.join(options.contentDir, String(name)) : undefined)
    })
  } catch (error) {
    await Promise.all([builder.close(), new Promise((resolve) => server.close(resolve))])
    throw error
  }
  watcher.on('error', (error) => options.log(escapeControls(`Stopped watching ${options.contentDir} (${error.message}); restart the preview to see further edits.`) + '\n'))
  await rebuild()
  return {
    url,
    get home() {
      return `${url}${homePath}`
    },
    rebuild,
    async close() {
      watcher.close()
      settler.close()
      for (const client of clients) client.end()
      await builder.close()
      const closed = new Promise((resolve) => server.close(resolve))
      server.closeAllConnections()
      await closed
      await running
    }
  }
}

/** The path of the page to open: `<guide>/next/` when the site has one guide, else the index. */
function homeOf(paths: readonly string[]): string {
  const nexts = paths.filter((file) => /^[^/]+\/next\/index\.html$/.test(file))
  return nexts.length === 1 ? nexts[0]!.slice(0, -'index.html'.length) : ''
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/** A build that did not finish, as a message on the file saved last. */
function buildProblem(outcome: Exclude<PreviewOutcome, {kind: 'built' | 'stopped'}>, filePath: string): VFile {
  const file = new VFile({path: filePath})
  const problem =
    outcome.kind === 'timeout'
      ? siteProblem('preview-timeout', {seconds: outcome.deadline / 1000})
      : outcome.kind === 'memory'
        ? siteProblem('preview-memory', {limit: outcome.limit})
        : siteProblem('preview-failure', {reason: outcome.reason})
  addProblem(file, problem)
  return file
}

import {contentType} from './static.js'

/** An answer of the dev server. */
export interface Answer {
  status: number
  type: string
  body?: string | Uint8Array
  location?: string
}

/** The Host values the preview answers: its own address by IP or `localhost` (DNS rebinding protection). */
export function allowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  const name = host.toLowerCase()
  return ['127.0.0.1', 'localhost', '[::1]'].some((local) => name === `${local}:${port}` || (port === 80 && name === local))
}

/** The refusal of a request for another host name. */
export function refusal(port: number): Answer {
  return {
    status: 403,
    type: 'text/plain; charset=utf-8',
    body: `Refused: unexpected Host header, expected 127.0.0.1:${port} or localhost:${port}. The preview answers only its own address.\n`
  }
}

/** The site's files by path (a `Map`, or the preview's site rendering them when asked for). */
export interface SiteFiles {
  get(path: string): string | Uint8Array | undefined
  has(path: string): boolean
}

/** What a static host would answer for `url` from the site's files. */
export function serve(site: SiteFiles, url: string): Answer {
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

/**
 * The page served before any build succeeded: the errors, or that the first
 * build is running. The dev client reloads it after a good build.
 */
export function statusPage(errors: string): Answer {
  const text = errors === '' ? 'Building the preview…' : errors
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return {
    status: 503,
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>llm-interview dev</title></head><body><h1>${errors === '' ? 'Building' : 'No preview yet'}</h1><pre>${escaped}</pre></body></html>`
  }
}

/** The answer for a page the renderer failed on (a bug of the tool, not of the content). */
export function renderFailure(url: string, error: unknown): Answer {
  const reason = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return {status: 500, type: 'text/plain; charset=utf-8', body: `Could not render ${url}:\n${reason}\n`}
}

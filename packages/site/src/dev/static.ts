import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2'
}

/** The content type of a file, by its extension. */
export function contentType(file: string): string {
  return types[path.extname(file)] ?? 'application/octet-stream'
}

/** A file of the built site for a URL path, as a static host would serve it (`404.html` when missing). */
export async function resolveStatic(root: string, urlPath: string): Promise<{status: number; type: string; body: Buffer}> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!)
  } catch {
    decoded = '/'
  }
  const full = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ''))
  if (full.startsWith(root)) {
    const info = await stat(full).catch(() => undefined)
    const file = info?.isDirectory() ? path.join(full, 'index.html') : full
    const body = await readFile(file).catch(() => undefined)
    if (body && (!info?.isDirectory() || decoded.endsWith('/'))) return {status: 200, type: types[path.extname(file)] ?? 'application/octet-stream', body}
    if (body && info?.isDirectory()) return {status: 301, type: `${decoded}/`, body: Buffer.alloc(0)}
  }
  const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'))
  return {status: 404, type: types['.html']!, body: notFound}
}

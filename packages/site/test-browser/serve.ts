import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {resolveStatic} from '../src/dev/static.js'

/** A built site served on 127.0.0.1 as the dev server would serve it: its URL (with `/`) and a way to stop. */
export async function serve(siteDir: string): Promise<{url: string; close: () => Promise<void>}> {
  const server = createServer(async (request, response) => {
    const file = await resolveStatic(siteDir, request.url ?? '/')
    if (file.status === 301) response.writeHead(301, {location: file.type}).end()
    else response.writeHead(file.status, {'content-type': file.type}).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

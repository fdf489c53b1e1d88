import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {startDevServer} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {fixtureText} from './content.js'

const guide = fixtureText('ml-platform')

function get(url: string): Promise<{status: number; body: string; type: string}> {
  return fetch(url).then(async (response) => ({status: response.status, body: await response.text(), type: response.headers.get('content-type') ?? ''}))
}

/** Collects server-sent events from the dev server until `until` holds or time runs out. */
function events(url: string, until: (seen: {event: string; data: string}[]) => boolean, ms = 20_000): Promise<{event: string; data: string}[]> {
  return new Promise((resolve, reject) => {
    const seen: {event: string; data: string}[] = []
    let buffer = ''
    const req = request(url, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message'
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? ''
          seen.push({event, data})
          if (until(seen)) {
            req.destroy()
            resolve(seen)
          }
        }
      })
    })
    req.on('error', (error) => (seen.length > 0 && until(seen) ? resolve(seen) : reject(error)))
    req.end()
    setTimeout(() => {
      req.destroy()
      resolve(seen)
    }, ms)
  })
}

describe('llm-interview dev', () => {
  it('serves the site on 127.0.0.1, reloads after an edit and keeps the last good build on errors', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'llm-interview-dev-content-'))
    mkdirSync(path.join(content, 'ml-platform'))
    const source = path.join(content, 'ml-platform', 'guide.md')
    writeFileSync(source, guide)
    const logs: string[] = []
    const server = await startDevServer({contentDir: content, port: 0, log: (t) => void logs.push(t)})
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      const page = await get(`${server.url}ml-platform/next/`)
      expect(page.status).toBe(200)
      expect(page.body).toContain('/__dev/client.js')
      expect((await get(`${server.url}no/such/page/`)).status).toBe(404)

      // A one-line edit: the browser is told to reload and the page shows it.
      const reload = events(`${server.url}__dev/events`, (seen) => seen.some((e) => e.event === 'reload'))
      await new Promise((r) => setTimeout(r, 200))
      writeFileSync(source, replaceOnce(guide, '### 1.1 分布式训练 (15分钟)', '### 1.1 分布式训练（修订） (15分钟)'))
      expect((await reload).map((e) => e.event)).toContain('reload')
      expect((await get(`${server.url}ml-platform/next/`)).body).toContain('分布式训练（修订）')

      // A mistake: the error reaches the terminal and the page; the last good build stays.
      const status = events(`${server.url}__dev/events`, (seen) => seen.some((e) => e.event === 'status' && e.data.includes('duration')))
      await new Promise((r) => setTimeout(r, 200))
      writeFileSync(source, replaceOnce(guide, '### 1.2 数据管线 (10分钟)', '### 1.2 数据管线'))
      const seen = await status
      expect(seen.find((e) => e.event === 'status' && e.data.includes('duration'))?.data).toMatch(/小节标题 “1\.2 数据管线” 缺少时长/)
      expect(logs.join('')).toContain('The last good build stays served')
      expect((await get(`${server.url}ml-platform/next/`)).body).toContain('分布式训练（修订）')
    } finally {
      await server.close()
    }
  }, 60_000)
})

import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {startDevServer} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, fixtureText} from './content.js'
import {contentFolder, smallGuide} from './small-guide.js'
import {events} from './sse.js'

const guide = fixtureText('ml-platform')

function get(url: string): Promise<{status: number; body: string; type: string}> {
  return fetch(url).then(async (response) => ({status: response.status, body: await response.text(), type: response.headers.get('content-type') ?? ''}))
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
      // Status events carry the errors and, apart, the warnings (whose hint also says `duration`).
      const errorsOf = (e: {event: string; data: string}) => (e.event === 'status' ? (JSON.parse(e.data) as {errors: string}).errors : '')
      const status = events(`${server.url}__dev/events`, (seen) => seen.some((e) => errorsOf(e).includes('duration')))
      await new Promise((r) => setTimeout(r, 200))
      writeFileSync(source, replaceOnce(guide, '### 1.2 数据管线 (10分钟)', '### 1.2 数据管线'))
      const seen = await status
      expect(seen.map(errorsOf).find((errors) => errors.includes('duration'))).toMatch(/小节标题 “1\.2 数据管线” 缺少时长/)
      expect(logs.join('')).toContain('The last good build stays served')
      expect((await get(`${server.url}ml-platform/next/`)).body).toContain('分布式训练（修订）')
    } finally {
      await server.close()
    }
  }, 60_000)

  it('opens `next`, the text being edited: the page it names and the index lead there, not to the latest release', async () => {
    const content = contentCopy(['ml-platform'])
    const server = await startDevServer({contentDir: content, port: 0, log: () => {}})
    try {
      expect(server.home).toBe(`${server.url}ml-platform/next/`)
      const index = await get(server.url)
      expect(index.body).toContain('href="ml-platform/next/"')
      expect(index.body).not.toContain('href="ml-platform/latest/"')
      // The released version stays where it was.
      expect((await get(`${server.url}ml-platform/1.0.0/`)).status).toBe(200)
    } finally {
      await server.close()
    }
  }, 60_000)

  it('names the index when the content has several guides', async () => {
    const server = await startDevServer({contentDir: contentCopy(['ml-platform', 'backend-interview']), port: 0, log: () => {}})
    try {
      expect(server.home).toBe(server.url)
      const index = await get(server.url)
      expect(index.body).toContain('href="ml-platform/next/"')
      expect(index.body).toContain('href="backend-interview/next/"')
    } finally {
      await server.close()
    }
  }, 60_000)

  it('shows the warnings of the edited source on the page, not those of released versions', async () => {
    // Both `next` (87 minutes) and the release 1.0.0 (85) plan more than the recommended 60-80.
    const content = contentCopy(['ml-platform'])
    const logs: string[] = []
    const server = await startDevServer({contentDir: content, port: 0, log: (t) => void logs.push(t)})
    try {
      const [status] = await events(`${server.url}__dev/events`, (seen) => seen.some((e) => e.event === 'status'))
      const data = JSON.parse(status!.data) as {errors: string; warnings: string}
      expect(data.errors).toBe('')
      // In the guide's language (zh-CN).
      expect(data.warnings).toMatch(/warning\s+计划总时长为 87 分钟/)
      expect(data.warnings).toContain(path.join('ml-platform', 'guide.md'))
      expect(data.warnings).not.toContain('85 分钟')
      expect(logs.join('')).toMatch(/Rebuilt in \d+ ms \(1 warning, shown on the page\)/)
      const script = await get(`${server.url}__dev/client.js`)
      expect(script.body).toContain('warnings')
    } finally {
      await server.close()
    }
  }, 60_000)

  it('waits for a save to finish: a file truncated, then written, never shows as empty', async () => {
    const {dir, source} = contentFolder()
    const server = await startDevServer({contentDir: dir, port: 0, log: () => {}})
    try {
      const seen = events(`${server.url}__dev/events`, (list) => list.some((e) => e.event === 'reload'))
      await new Promise((r) => setTimeout(r, 200))
      // As an editor saving in two steps, with a pause longer than the quiet time between them.
      writeFileSync(source, '')
      await new Promise((r) => setTimeout(r, 400))
      writeFileSync(source, smallGuide({topic: '保存后的问题'}))
      const list = await seen
      expect(list.map((e) => e.event)).toContain('reload')
      expect(list.filter((e) => e.event === 'status').map((e) => e.data).join('')).not.toContain('empty')
      expect((await get(`${server.url}small/next/`)).body).toContain('保存后的问题')
    } finally {
      await server.close()
    }
  }, 60_000)

  it('still reports a source that stays empty', async () => {
    const {dir, source} = contentFolder()
    const server = await startDevServer({contentDir: dir, port: 0, log: () => {}})
    try {
      const seen = events(`${server.url}__dev/events`, (list) => list.some((e) => e.event === 'status' && e.data.includes('Unexpected empty file')))
      await new Promise((r) => setTimeout(r, 200))
      writeFileSync(source, '')
      expect((await seen).some((e) => e.data.includes('Unexpected empty file'))).toBe(true)
    } finally {
      await server.close()
    }
  }, 60_000)

  it('on a busy port, the CLI says so in one line and exits 1, without a stack trace', async () => {
    const {dir} = contentFolder()
    const first = await startDevServer({contentDir: dir, port: 0, log: () => {}})
    try {
      const bin = new URL('../bin/llm-interview.js', import.meta.url).pathname
      const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
        execFile(process.execPath, [bin, 'dev', '--content', dir, '--port', new URL(first.url).port, '--no-cache'], (error, _stdout, stderr) => resolve({code: error ? (error.code as number) : 0, stderr}))
      })
      expect(result.code).toBe(1)
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^llm-interview dev: port \d+ is already in use .*--port/)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    } finally {
      await first.close()
    }
  }, 60_000)
})

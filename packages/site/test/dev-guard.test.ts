import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {main, startDevServer, type Io} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {contentFolder, smallGuide} from './small-guide.js'
import {nextEvent} from './sse.js'

const stallingWorker = new URL('fixtures/dev/stalling-worker.mjs', import.meta.url)
const bin = new URL('../bin/llm-interview.js', import.meta.url).pathname
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

/** GET `pathname` from the server at `port` with the given Host header. */
function get(port: number, pathname: string, host: string): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path: pathname, headers: {host}}, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({status: res.statusCode ?? 0, body}))
    })
    req.on('error', reject)
    req.end()
  })
}

async function run(argv: string[]): Promise<{code: number; stderr: string}> {
  let stderr = ''
  const io: Io = {stdout: (t) => void (stderr += t), stderr: (t) => void (stderr += t), color: false}
  return {code: await main(argv, io), stderr}
}

const portOf = (url: string) => Number(new URL(url).port)

describe('llm-interview dev guards', () => {
  it('answers only requests for its own address (DNS rebinding)', async () => {
    const {dir} = contentFolder()
    const server = await startDevServer({contentDir: dir, port: 0, log: () => {}})
    const port = portOf(server.url)
    try {
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
        expect((await get(port, '/small/next/', host)).status, host).toBe(200)
      }
      for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `192.168.1.2:${port}`]) {
        const refused = await get(port, '/small/next/', host)
        expect(refused.status, host).toBe(403)
        expect(refused.body).toMatch(/^Refused: unexpected Host header/)
        expect((await get(port, '/__dev/events', host)).status).toBe(403)
      }
    } finally {
      await server.close()
    }
  }, 60_000)

  it('says in one line that the port is busy and exits 1', async () => {
    const {dir} = contentFolder()
    const first = await startDevServer({contentDir: dir, port: 0, log: () => {}})
    try {
      const {code, stderr} = await run(['dev', '--content', dir, '--port', String(portOf(first.url)), '--no-cache'])
      expect(code).toBe(1)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(/^llm-interview dev: port \d+ is already in use .*--port N/)
    } finally {
      await first.close()
    }
  }, 60_000)

  it('exits 1 with a positioned message when the content folder is missing or a file', async () => {
    const missing = await run(['dev', '--content', path.join(tmpdir(), 'no-such-content-here'), '--port', '0'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no-such-content-here\n1:1\s+error\s+Unexpected missing content folder, expected a folder of guides\s+no-such-path/)
    const {source} = contentFolder()
    const file = await run(['dev', '--content', source, '--port', '0'])
    expect(file.code).toBe(1)
    expect(file.stderr).toMatch(/1:1\s+error\s+Unexpected file as the content folder/)
    await expect(startDevServer({contentDir: source, port: 0, log: () => {}})).rejects.toThrow(/Unexpected file as the content folder/)
  })

  it('keeps answering while a build runs away, stops it at the deadline and recovers', async () => {
    const {dir, source} = contentFolder()
    const logs: string[] = []
    const server = await startDevServer({contentDir: dir, port: 0, log: (t) => void logs.push(t), deadline: 10_000, worker: stallingWorker})
    const port = portOf(server.url)
    try {
      const host = `127.0.0.1:${port}`
      expect((await get(port, '/small/next/', host)).body).toContain('问题二')
      let stoppedBeforeAnswer = false
      const stopped = nextEvent(port, (event, data) => event === 'status' && data.includes('preview-timeout')).then((data) => {
        stoppedBeforeAnswer = true
        return data
      })
      writeFileSync(source, smallGuide({topic: '问题三'}) + '\n<!-- STALL-THE-BUILD -->\n')
      const building = server.rebuild()
      // The build is stuck in its worker; the server still serves the last good build.
      const during = await get(port, '/small/next/', host)
      expect(stoppedBeforeAnswer).toBe(false)
      expect(during.status).toBe(200)
      expect(during.body).toContain('问题二')
      const errors = JSON.parse(await stopped) as {errors: string}
      expect(errors.errors).toContain(source)
      expect(errors.errors).toMatch(/1:1\s+error\s+Unexpected preview build still running after 10 s, expected it to finish within 10 s\s+preview-timeout/)
      await building
      expect(logs.join('')).toContain('The last good build stays served')

      // The next save builds in a fresh worker.
      const reloaded = nextEvent(port, (event) => event === 'reload')
      writeFileSync(source, smallGuide({topic: '问题四'}))
      await reloaded
      expect((await get(port, '/small/next/', host)).body).toContain('问题四')
    } finally {
      await server.close()
    }
  }, 90_000)

  it('stops at once when closed in the middle of a runaway build', async () => {
    const {dir, source} = contentFolder()
    const server = await startDevServer({contentDir: dir, port: 0, log: () => {}, deadline: 600_000, worker: stallingWorker})
    writeFileSync(source, smallGuide() + '\n<!-- STALL-THE-BUILD -->\n')
    const building = server.rebuild()
    expect((await get(portOf(server.url), '/small/next/', `localhost:${portOf(server.url)}`)).status).toBe(200)
    // Without stopping the worker this would wait ten minutes, past the test's timeout.
    await server.close()
    await building
  }, 60_000)

  it('prints content errors to the terminal escaped', async () => {
    const {dir} = contentFolder(smallGuide() + '\n## 二、A\u001b[2J\u001b]0;pwned\u0007B\n')
    const logs: string[] = []
    const server = await startDevServer({contentDir: dir, port: 0, log: (t) => void logs.push(t)})
    try {
      const log = logs.join('').replace(/\u001b\[\d+m/g, '')
      expect(log).toContain('A\\x1b[2J\\x1b]0;pwned\\x07B')
      expect(log).not.toMatch(raw)
      // No good build yet: every page says why.
      const page = await get(portOf(server.url), '/small/next/', `localhost:${portOf(server.url)}`)
      expect(page.status).toBe(503)
      expect(page.body).toContain('A\\x1b[2J')
      expect(page.body).toContain('/__dev/client.js')
    } finally {
      await server.close()
    }
  }, 60_000)

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops the CLI on ${signal} with exit code 0`, async () => {
      const {dir} = contentFolder()
      const child = spawn(process.execPath, [bin, 'dev', '--content', dir, '--port', '0', '--no-cache'], {stdio: ['ignore', 'ignore', 'pipe']})
      let stderr = ''
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk
          if (stderr.includes('Ctrl+C to stop')) resolve()
        })
        child.on('exit', () => reject(new Error(`exited early: ${stderr}`)))
      })
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      child.kill(signal)
      expect(await exit).toBe(0)
      expect(stderr).toMatch(/Serving .* at http:\/\/127\.0\.0\.1:\d+\/small\/next\//)
    }, 60_000)
  }
})

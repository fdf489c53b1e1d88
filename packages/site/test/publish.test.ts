import {execFile, spawn} from 'node:child_process'
import {cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkOutputDir, manifestName} from '../src/build/output-dir.js'
import {withLock} from '../src/build/lock.js'
import {replaceOnce} from '../../../test-utils/replace-once.js'

const bin = new URL('../bin/llm-interview.js', import.meta.url).pathname
const guideSource = readFileSync(new URL('../../parser/test/fixtures/valid/input.md', import.meta.url), 'utf8')

/** A folder shaped like a repository: `.git`, `package.json`, `packages/`, and `content/` with one guide. */
function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-repo-'))
  mkdirSync(path.join(root, '.git'))
  writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  writeFileSync(path.join(root, 'package.json'), '{"private": true}\n')
  mkdirSync(path.join(root, 'packages', 'tool', 'src'), {recursive: true})
  writeFileSync(path.join(root, 'packages', 'tool', 'src', 'index.ts'), 'export {}\n')
  mkdirSync(path.join(root, 'content', 'backend-interview'), {recursive: true})
  writeFileSync(path.join(root, 'content', 'backend-interview', 'guide.md'), guideSource)
  return root
}

/** Every path under `root` (links not followed) with its bytes or link target. */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), {withFileTypes: true})) {
      const child = path.join(rel, entry.name)
      const full = path.join(root, child)
      if (entry.isSymbolicLink()) files.set(child, `-> ${readlinkSync(full)}`)
      else if (entry.isDirectory()) {
        files.set(`${child}/`, '')
        walk(child)
      } else files.set(child, readFileSync(full).toString('base64'))
    }
  }
  walk('')
  return files
}

async function cli(cwd: string, ...argv: string[]) {
  return promisify(execFile)(process.execPath, [bin, ...argv], {cwd}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  )
}

describe('build --out refuses anything but its own output', () => {
  const cases: [string, RegExp][] = [
    ['content', /it is the content folder/],
    ['content/backend-interview', /inside the content folder/],
    ['content/new-site', /inside the content folder/],
    ['.', /the folder the command runs in/],
    ['..', /holds the folder the command runs in/],
    ['packages', /files this tool did not write/],
    ['packages/tool', /files this tool did not write/],
    ['package.json', /is a file/],
    ['package.json/site', /is a file, not a folder/],
    ['.git', /files this tool did not write/]
  ]
  for (const [out, reason] of cases) {
    it(`--out ${out}: exit 2, says why, and touches nothing`, async () => {
      const root = repository()
      const before = tree(root)
      const result = await cli(root, 'build', '--no-pdf', '--no-cache', '--out', out)
      expect(result.code, result.stderr).toBe(2)
      expect(result.stderr).toMatch(reason)
      expect(result.stderr).toContain('dist/site')
      expect(tree(root)).toEqual(before)
    }, 30_000)
  }

  it('refuses a folder of someone else even with the usual name, and a link to one', () => {
    const root = repository()
    mkdirSync(path.join(root, 'dist', 'site'), {recursive: true})
    writeFileSync(path.join(root, 'dist', 'site', 'notes.txt'), 'mine\n')
    const options = {contentDir: path.join(root, 'content'), cwd: root}
    expect(checkOutputDir(path.join(root, 'dist', 'site'), options)).toMatchObject({ok: false, reason: expect.stringMatching(/did not write/)})
    symlinkSync(path.join(root, 'packages'), path.join(root, 'dist', 'link'))
    expect(checkOutputDir(path.join(root, 'dist', 'link'), options)).toMatchObject({ok: false, reason: expect.stringMatching(/symbolic link to something/)})
    symlinkSync(path.join(root, 'content'), path.join(root, 'dist', 'to-content'))
    expect(checkOutputDir(path.join(root, 'dist', 'to-content'), options)).toMatchObject({ok: false, reason: expect.stringMatching(/content folder/)})
  })

  it('accepts an absent folder, an empty one, and a site it built', () => {
    const root = repository()
    const options = {contentDir: path.join(root, 'content'), cwd: root}
    expect(checkOutputDir(path.join(root, 'dist', 'site'), options)).toEqual({ok: true, state: {kind: 'absent'}})
    mkdirSync(path.join(root, 'out'))
    expect(checkOutputDir(path.join(root, 'out'), options)).toEqual({ok: true, state: {kind: 'empty'}})
    writeFileSync(path.join(root, 'out', manifestName), '{}')
    expect(checkOutputDir(path.join(root, 'out'), options)).toEqual({ok: true, state: {kind: 'folder'}})
  })
})

describe('build publishes by switching a link', () => {
  let root: string
  const site = () => path.join(root, 'dist', 'site')
  const builds = () => path.join(root, 'dist', '.site.builds')

  beforeAll(() => {
    root = repository()
  })

  /** `.site.builds/` holds the published build and, after a second build, the one before it, each whole (a manifest of every file it holds). */
  const expectPublishedAndSpare = () => {
    const published = path.basename(readlinkSync(site()))
    const held = readdirSync(builds())
    expect(held).toContain(published)
    expect(held.length).toBeLessThanOrEqual(2)
    for (const build of held) {
      const dir = path.join(builds(), build)
      const manifest = JSON.parse(readFileSync(path.join(dir, manifestName), 'utf8')) as {files: Record<string, string>}
      const present = readdirSync(dir, {recursive: true, withFileTypes: true}).filter((e) => e.isFile() && e.name !== manifestName).map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      expect(present.sort()).toEqual(Object.keys(manifest.files).sort())
    }
    return held
  }

  it('makes dist/site a link to a complete build holding a manifest of every file', async () => {
    const result = await cli(root, 'build', '--no-pdf', '--no-cache', '--quiet')
    expect(result.code, result.stderr).toBe(0)
    expect(lstatSync(site()).isSymbolicLink()).toBe(true)
    expect(readdirSync(builds())).toHaveLength(1)
    const manifest = JSON.parse(readFileSync(path.join(site(), manifestName), 'utf8')) as {generator: string; files: Record<string, string>}
    expect(manifest.generator).toBe('llm-interview')
    expect(Object.keys(manifest.files)).toContain('backend-interview/next/index.html')
    for (const file of Object.keys(manifest.files)) expect(existsSync(path.join(site(), file)), file).toBe(true)
  }, 60_000)

  it('cleans what killed builds left, and keeps the published build and the one before it', async () => {
    mkdirSync(path.join(builds(), 'killed-build', 'assets'), {recursive: true})
    mkdirSync(path.join(root, 'dist', 'site.tmp-4242'))
    mkdirSync(path.join(root, 'dist', 'site.old-4242'))
    symlinkSync('.site.builds/killed-build', path.join(root, 'dist', '.site.link-killed'))
    writeFileSync(path.join(root, 'dist', '.site.lock'), JSON.stringify({pid: 2 ** 22 + 1, host: hostname()}))
    const result = await cli(root, 'build', '--no-pdf', '--no-cache', '--quiet')
    expect(result.code, result.stderr).toBe(0)
    expect(readdirSync(path.join(root, 'dist')).sort()).toEqual(['.site.builds', 'site'])
    expect(expectPublishedAndSpare()).toHaveLength(2)
    expect(existsSync(path.join(builds(), 'killed-build'))).toBe(false)
  }, 60_000)

  it('turns a folder-style site of the first version into a link, and leaves a failed build’s site as it was', async () => {
    const legacy = path.join(root, 'legacy')
    cpSync(site(), legacy, {recursive: true, dereference: true})
    rmSync(path.join(legacy, manifestName))
    expect((await cli(root, 'build', '--no-pdf', '--no-cache', '--quiet', '--out', 'legacy')).code).toBe(0)
    expect(lstatSync(legacy).isSymbolicLink()).toBe(true)
    expect(readdirSync(path.join(root, '.legacy.builds'))).toHaveLength(1)

    const before = tree(path.join(root, 'dist'))
    writeFileSync(path.join(root, 'content', 'backend-interview', 'guide.md'), replaceOnce(guideSource, '## 一、', '## '))
    const failed = await cli(root, 'build', '--no-pdf', '--no-cache', '--quiet')
    writeFileSync(path.join(root, 'content', 'backend-interview', 'guide.md'), guideSource)
    expect(failed.code).toBe(1)
    expect(tree(path.join(root, 'dist'))).toEqual(before)
  }, 60_000)

  it('changes no byte of the published build while it updates the one before it into the next', async () => {
    const edited = path.join(root, 'content', 'backend-interview', 'guide.md')
    for (const round of [1, 2, 3]) {
      const published = readlinkSync(site())
      const before = tree(path.join(root, 'dist', published))
      writeFileSync(edited, guideSource.replace(/^# (.+)$/m, `# $1 (${round})`))
      const result = await cli(root, 'build', '--no-pdf', '--no-cache')
      expect(result.code, result.stderr).toBe(0)
      expect(result.stderr).toMatch(/\(\d+ written, \d+ unchanged\)/)
      expect(readlinkSync(site())).not.toBe(published)
      // The build it replaced is kept, as it was, for the next build to update.
      expect(tree(path.join(root, 'dist', published))).toEqual(before)
      expect(readFileSync(path.join(site(), 'backend-interview', 'next', 'index.html'), 'utf8')).toContain(`(${round})`)
    }
    writeFileSync(edited, guideSource)
  }, 120_000)

  it('serves a reader polling index.html during four builds without a miss', async () => {
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'); let reads = 0, misses = 0;
         process.on('SIGTERM', () => { console.log(JSON.stringify({reads, misses})); process.exit(0) });
         setInterval(() => {}, 1000);
         (function poll() { for (let i = 0; i < 50; i++) { try { if (!fs.readFileSync(process.argv[1], 'utf8').includes('</html>')) misses++ } catch { misses++ } reads++ } setImmediate(poll) })()`,
        path.join(site(), 'index.html')
      ],
      {stdio: ['ignore', 'pipe', 'inherit']}
    )
    let output = ''
    reader.stdout.on('data', (chunk: Buffer) => void (output += chunk))
    for (let build = 0; build < 4; build++) {
      const result = await cli(root, 'build', '--no-pdf', '--no-cache', '--quiet')
      expect(result.code, result.stderr).toBe(0)
    }
    const exited = new Promise((resolve) => reader.on('exit', resolve))
    reader.kill('SIGTERM')
    await exited
    const {reads, misses} = JSON.parse(output) as {reads: number; misses: number}
    expect(reads).toBeGreaterThan(0)
    expect(misses).toBe(0)
    expect(readdirSync(path.join(root, 'dist')).sort()).toEqual(['.site.builds', 'site'])
    expect(expectPublishedAndSpare()).toHaveLength(2)
  }, 120_000)

  it('waits for a build that holds the folder, saying so, and two concurrent builds both succeed', async () => {
    const lock = path.join(root, 'dist', '.site.lock')
    writeFileSync(lock, JSON.stringify({pid: process.pid, host: hostname()}))
    const before = readlinkSync(site())
    // Released only once the build says it waits: no guess at how long its checks take.
    const waiting = spawn(process.execPath, [bin, 'build', '--no-pdf', '--no-cache'], {cwd: root, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    waiting.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      if (stderr.includes('Waiting for another build')) rmSync(lock, {force: true})
    })
    const code = await new Promise((resolve) => waiting.on('exit', resolve))
    expect(code, stderr).toBe(0)
    expect(stderr).toMatch(new RegExp(`Waiting for another build \\(process ${process.pid}\\) to finish writing dist/site`))
    expect(readlinkSync(site())).not.toBe(before)

    const [a, b] = await Promise.all([cli(root, 'build', '--no-pdf', '--no-cache'), cli(root, 'build', '--no-pdf', '--no-cache')])
    expect(a.code, a.stderr).toBe(0)
    expect(b.code, b.stderr).toBe(0)
    expect(expectPublishedAndSpare()).toHaveLength(2)
    expect(existsSync(path.join(site(), 'index.html'))).toBe(true)
  }, 120_000)
})

describe('withLock', () => {
  const dead = () => JSON.stringify({pid: 2 ** 22 + 1, host: hostname()})

  it('runs holders one at a time, telling the waiting one whom it waits for', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-lock-')), 'lock')
    const order: string[] = []
    const waits: number[] = []
    const hold = (name: string) =>
      withLock(
        file,
        async () => {
          order.push(`${name} in`)
          await new Promise((resolve) => setTimeout(resolve, 300))
          order.push(`${name} out`)
        },
        {onWait: (pid) => void waits.push(pid)}
      )
    await Promise.all([hold('a'), hold('b')])
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out'])
    expect(waits).toEqual([process.pid])
    expect(existsSync(file)).toBe(false)
  })

  it('takes over a lock whose process is gone, and releases it when the work throws', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-lock-')), 'lock')
    writeFileSync(file, dead())
    await expect(withLock(file, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(existsSync(file)).toBe(false)
  })

  it('gives up after its timeout with a message naming the holder and the file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-lock-')), 'lock')
    writeFileSync(file, JSON.stringify({pid: process.ppid, host: hostname()}))
    await expect(withLock(file, async () => undefined, {timeoutMs: 300})).rejects.toThrow(new RegExp(`process ${process.ppid}.*${path.basename(file)}`))
    expect(existsSync(file)).toBe(true)
  })
})

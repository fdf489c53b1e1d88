import {execFile, execFileSync} from 'node:child_process'
import {chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {limits, parse} from '@org/llm-interview-parser'
import {checkSource} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {contentFolder} from './small-guide.js'
import {runCli} from './run-cli.js'

const bin = new URL('../bin/llm-interview.js', import.meta.url).pathname

const run = (...argv: string[]) => runCli(argv)

/** Runs the built CLI; a hang is killed after `timeout` and then fails the test (its exit code is not 1). */
function runBin(argv: string[], options: {uid?: number; gid?: number} = {}): Promise<{code: number | string; stdout: string; stderr: string}> {
  return promisify(execFile)(process.execPath, [bin, ...argv], {timeout: 20_000, ...options}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number | string; signal?: string; stdout: string; stderr: string}) => ({...error, code: error.signal ?? error.code})
  )
}

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'llm-interview-read-'))
}

describe('reading sources', () => {
  it('refuses /dev/zero at once, with a positioned message and exit code 1', async () => {
    const {code, stdout} = await runBin(['check', '/dev/zero'])
    expect(code).toBe(1)
    expect(stdout).toMatch(/1:1\s+error\s+Unexpected character device, expected a regular guide file\s+not-a-file/)
    expect(stdout).toContain('[note]')
  }, 30_000)

  it('refuses a FIFO without waiting for a writer', async () => {
    const dir = scratch()
    const fifo = path.join(dir, 'guide.md')
    execFileSync('mkfifo', [fifo])
    const {code, stdout} = await runBin(['check', fifo])
    expect(code).toBe(1)
    expect(stdout).toMatch(/1:1\s+error\s+Unexpected named pipe \(FIFO\), expected a regular guide file/)
    // Found inside a content folder too, instead of hanging the build.
    const content = scratch()
    mkdirSync(path.join(content, 'small'))
    execFileSync('mkfifo', [path.join(content, 'small', 'guide.md')])
    const check = await runBin(['check', content])
    expect(check.code).toBe(1)
    expect(check.stdout).toContain('named pipe')
    const parsed = await runBin(['parse', fifo])
    expect(parsed.code).toBe(1)
    expect(parsed.stdout).toBe('')
    expect(parsed.stderr).toContain('named pipe')
  }, 90_000)

  it('reports a folder where a guide file is expected', async () => {
    const {dir} = contentFolder()
    mkdirSync(path.join(dir, 'other', 'guide.md'), {recursive: true})
    for (const args of [['check', dir], ['check', path.join(dir, 'other', 'guide.md')], ['build', '--content', dir, '--out', path.join(scratch(), 'site'), '--no-cache', '--no-pdf']]) {
      const {code, stdout, stderr} = await run(...args)
      expect(code, args.join(' ')).toBe(1)
      expect(stdout + stderr).toMatch(/guide\.md\n1:1\s+error\s+Unexpected folder, expected a guide file\s+not-a-file/)
    }
  }, 30_000)

  it('names an unreadable file and says what to do', async () => {
    const dir = scratch()
    chmodSync(dir, 0o755)
    const file = path.join(dir, 'guide.md')
    writeFileSync(file, '# x\n')
    chmodSync(file, 0o000)
    // As root every file is readable: run the CLI as an unprivileged user instead.
    const asRoot = process.getuid?.() === 0
    const result = asRoot ? await runBin(['check', file], {uid: 65534, gid: 65534}) : await run('check', file)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(file)
    expect(result.stdout).toMatch(/1:1\s+error\s+Unexpected file without read permission, expected a file you can read\s+unreadable/)
    expect(result.stdout).toContain('chmod u+r')

    // A folder that cannot be listed, inside the folder checked.
    mkdirSync(path.join(dir, 'locked'), {mode: 0o000})
    chmodSync(path.join(dir, 'locked'), 0o000)
    const folder = asRoot ? await runBin(['check', dir], {uid: 65534, gid: 65534}) : await run('check', dir)
    expect(folder.code).toBe(1)
    expect(folder.stdout).toMatch(/locked\n1:1\s+error\s+Unexpected folder without read permission, expected a folder you can list\s+unreadable/)
  }, 30_000)

  it('gives the parser’s too-large message from limit + 1 bytes, however large the file', async () => {
    const dir = scratch()
    const line = 'x'.repeat(99) + '\n'
    const text = line.repeat(Math.floor(limits.bytes / line.length) + 1)
    const file = path.join(dir, 'guide.md')
    writeFileSync(file, text)
    const fromParser = parse(text, {path: file}).messages
    const fromFile = (await checkSource({path: file, folderId: '', version: 'next'})).messages
    expect(fromFile.map((m) => [m.reason, m.line, m.column, m.ruleId, m.note, m.fatal])).toEqual(fromParser.map((m) => [m.reason, m.line, m.column, m.ruleId, m.note, m.fatal]))
    expect(fromFile[0]!.ruleId).toBe('too-large')

    // A sparse 13 GB file: only its first limit + 1 bytes are read.
    const huge = path.join(dir, 'huge.md')
    const fd = openSync(huge, 'w')
    ftruncateSync(fd, 13 * 1024 ** 3)
    closeSync(fd)
    const {code, stdout} = await runBin(['check', huge])
    expect(code).toBe(1)
    expect(stdout).toMatch(/1:1\s+error\s+Unexpected guide of 13312\.0 MB, expected at most 5 MB\s+too-large/)
  }, 30_000)

  it('reports a missing file given to parse with a position', async () => {
    const {code, stderr} = await run('parse', path.join(scratch(), 'missing.md'))
    expect(code).toBe(1)
    expect(stderr).toMatch(/missing\.md\n1:1\s+error\s+Unexpected missing file, expected a guide file\s+no-such-path/)
  })
})

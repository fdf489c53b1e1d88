import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {contentCopy, fixtureText} from './content.js'
import {runCli} from './run-cli.js'

const run = (...argv: string[]) => runCli(argv)

/** Every file under `dir` (relative path -> bytes as base64), to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = path.join(rel, entry.name)
      if (entry.isDirectory()) walk(child)
      else files[child] = readFileSync(path.join(dir, child)).toString('base64')
    }
  }
  walk('.')
  return files
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

describe('llm-interview release', () => {
  it('freezes exactly the bytes of guide.md and records their sha256 beside the earlier releases', async () => {
    const dir = contentCopy(['ml-platform'])
    const versions = path.join(dir, 'ml-platform', 'versions')
    const before = JSON.parse(readFileSync(path.join(versions, 'checksums.json'), 'utf8')) as Record<string, string>
    const released = await run('release', '1.1.0', '--content', dir)
    expect(released.code, released.stderr).toBe(0)
    expect(released.stdout).toBe(`已发布 ml-platform 1.1.0：${path.join(versions, '1.1.0.md')}（${Buffer.byteLength(fixtureText('ml-platform'))} 字节，sha256 已记录在 ${path.join(versions, 'checksums.json')}）\n`)
    expect(readFileSync(path.join(versions, '1.1.0.md'), 'utf8')).toBe(fixtureText('ml-platform'))
    expect(JSON.parse(readFileSync(path.join(versions, 'checksums.json'), 'utf8'))).toEqual({...before, '1.1.0.md': sha256(fixtureText('ml-platform'))})
    expect(readdirSync(versions).sort()).toEqual(['1.0.0.md', '1.1.0.md', 'checksums.json'])
    // The new release passes the frozen check.
    expect(await run('check', dir)).toMatchObject({code: 0})
  })

  it('records the first release of a guide in a new versions/ folder', async () => {
    const dir = contentCopy(['backend-interview'], {released: false})
    expect(await run('release', '1.0.0', '--content', dir)).toMatchObject({code: 0})
    const versions = path.join(dir, 'backend-interview', 'versions')
    expect(JSON.parse(readFileSync(path.join(versions, 'checksums.json'), 'utf8'))).toEqual({'1.0.0.md': sha256(fixtureText('backend-interview'))})
    expect(await run('check', dir)).toMatchObject({code: 0})
  })

  it.each([
    ['1.00.1', 'expected x.y.z without leading zeros'],
    ['01.2.3', 'expected x.y.z without leading zeros'],
    ['1.1.00', 'expected x.y.z without leading zeros'],
    ['99999999999999999999.0.0', 'expected x.y.z without leading zeros'],
    ['1.1.0-beta.1', 'expected x.y.z'],
    [' 1.1.0', 'expected x.y.z'],
    // Once the guide is known, in its language (zh-CN).
    ['1.0.0', '“ml-platform” 的版本 1.0.0 已经发布；已发布的版本永不改动'],
    ['0.9.9', '版本 0.9.9 不高于最新发布的版本 1.0.0']
  ])('refuses `release %s`, changing nothing', async (version, why) => {
    const dir = contentCopy(['ml-platform'])
    const before = snapshot(dir)
    const refused = await run('release', version, '--content', dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(why)
    expect(snapshot(dir)).toEqual(before)
  })

  it('with --dry-run checks everything and writes nothing', async () => {
    const dir = contentCopy(['ml-platform'])
    const before = snapshot(dir)
    expect(await run('release', '1.1.0', '--dry-run', '--content', dir)).toMatchObject({code: 0, stdout: expect.stringMatching(/^已检查 ml-platform 1\.1\.0：.*可以发布（\d+ 字节）；未写入任何内容\n$/)})
    expect(await run('release', '1.1.0', '--dry-run', '--lang', 'en', '--content', dir)).toMatchObject({code: 0, stdout: expect.stringMatching(/^Checked ml-platform 1\.1\.0: .* can be released \(\d+ bytes\); nothing written\n$/)})
    expect(await run('release', '1.0.0', '--dry-run', '--lang', 'en', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('version 1.0.0 of `ml-platform` is already released')})
    expect(await run('release', '1.1.0', '--dry-run', '--lang', 'fr', '--content', dir)).toMatchObject({code: 2})
    expect(await run('release', '1.0.0', '--dry-run', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('已经发布')})
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses while an earlier release differs from its checksum, changing nothing', async () => {
    const dir = contentCopy(['ml-platform'])
    writeFileSync(path.join(dir, 'ml-platform', 'versions', '1.0.0.md'), fixtureText('ml-platform', '1.0.0') + '\n')
    const before = snapshot(dir)
    expect(await run('release', '1.1.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('已发布版本 1.0.0 被改动')})
    expect(snapshot(dir)).toEqual(before)
  })

  it('counts a recorded release whose file is gone as released', async () => {
    const dir = contentCopy(['ml-platform'])
    const versions = path.join(dir, 'ml-platform', 'versions')
    const checksums = JSON.parse(readFileSync(path.join(versions, 'checksums.json'), 'utf8')) as Record<string, string>
    writeFileSync(path.join(versions, 'checksums.json'), JSON.stringify({...checksums, '1.2.0.md': sha256('gone')}))
    const before = snapshot(dir)
    expect(await run('release', '1.1.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('版本 1.1.0 不高于最新发布的版本 1.2.0')})
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses a source with errors and an unreadable checksum file, changing nothing', async () => {
    // An empty guide.md has no `lang`: the refusal is in English.
    const broken = contentCopy(['ml-platform'], {edit: {'ml-platform': () => ''}})
    const before = snapshot(broken)
    expect(await run('release', '1.1.0', '--content', broken)).toMatchObject({code: 1, stderr: expect.stringContaining('has errors; fix them before releasing')})
    expect(snapshot(broken)).toEqual(before)

    const garbled = contentCopy(['ml-platform'])
    writeFileSync(path.join(garbled, 'ml-platform', 'versions', 'checksums.json'), '{')
    const garbledBefore = snapshot(garbled)
    expect(await run('release', '1.1.0', '--content', garbled)).toMatchObject({code: 1, stderr: expect.stringContaining('checksums.json（not JSON）；发布前请先从 git 恢复它')})
    expect(snapshot(garbled)).toEqual(garbledBefore)
  })

  it('removes the frozen file again when its checksum cannot be recorded', async () => {
    const dir = contentCopy(['ml-platform'])
    const versions = path.join(dir, 'ml-platform', 'versions')
    const before = snapshot(dir)
    // The checksum file is replaced through a temporary file created with
    // exclusive create; a folder in its place makes that step fail after the
    // release file was written.
    mkdirSync(path.join(versions, `.checksums.json.${process.pid}.tmp`))
    const failed = await run('release', '1.1.0', '--content', dir)
    expect(failed).toMatchObject({code: 1, stderr: expect.stringContaining('没有发布任何内容')})
    expect(readdirSync(versions).sort()).toEqual([`.checksums.json.${process.pid}.tmp`, '1.0.0.md', 'checksums.json'])
    expect(snapshot(dir)).toEqual(before)
  })
})

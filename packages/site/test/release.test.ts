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

  // A malformed version is about the command line: said so, without a position, in the guide's language (zh-CN).
  it.each(['1.00.1', '01.2.3', '1.1.00', '99999999999999999999.0.0', '1.1.0-beta.1', ' 1.1.0'])('refuses `release %s` as a command line, changing nothing', async (version) => {
    const dir = contentCopy(['ml-platform'])
    const before = snapshot(dir)
    const refused = await run('release', version, '--content', dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(`llm-interview release: 命令行中的版本号 “${version}” 不合规范，应为不带前导零的 x.y.z（例如 1.1.0）\n修改建议：按 x.y.z 给出版本号：\`llm-interview release 1.1.0 --guide <id>\`。\n`)
    expect((await run('release', version, '--content', dir, '--lang', 'en')).stderr).toBe(
      `llm-interview release: Unexpected version \`${version}\` on the command line, expected x.y.z without leading zeros (e.g. 1.1.0)\nGive the version as x.y.z: \`llm-interview release 1.1.0 --guide <id>\`.\n`
    )
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses a version already released or not above the latest at the release file, changing nothing', async () => {
    const dir = contentCopy(['ml-platform'])
    const before = snapshot(dir)
    const frozen = path.join(dir, 'ml-platform', 'versions', '1.0.0.md')
    expect(await run('release', '1.0.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining(`${frozen}\n1:1 error “ml-platform” 的版本 1.0.0 已经发布，应选择尚未发布的版本 release llm-interview\n  [note]:\n    修改建议：`)})
    expect(await run('release', '0.9.9', '--content', dir, '--lang', 'en')).toMatchObject({code: 1, stderr: expect.stringContaining(`${frozen}\n1:1 error Unexpected version 0.9.9 at or below the latest release 1.0.0, expected a higher version release llm-interview\n  [note]:\n    Releases only move forward`)})
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses the command line that names no guide, or one that is not in the content folder, saying so', async () => {
    const dir = contentCopy(['ml-platform', 'backend-interview'])
    expect(await run('release', '1.1.0', '--content', dir)).toMatchObject({code: 1, stderr: 'llm-interview release: 命令行中没有 --guide，应指定要发布的大纲（现有大纲：backend-interview、ml-platform）\n修改建议：指定它：`llm-interview release <x.y.z> --guide <id>`。\n'})
    expect(await run('release', '1.1.0', '--guide', 'ml', '--content', dir, '--lang', 'en')).toMatchObject({
      code: 1,
      stderr: `llm-interview release: Unexpected --guide \`ml\` on the command line, expected a guide of ${dir} (guides: backend-interview, ml-platform)\nEach guide is a folder ${dir}/<guide-id>/ with guide.md: name one with --guide.\n`
    })
  })

  it('refuses a version below the guide package\'s, at the line:column of its "version", changing nothing', async () => {
    const dir = contentCopy(['ml-platform'])
    const manifest = path.join(dir, 'ml-platform', 'package.json')
    writeFileSync(manifest, '{\n  "name": "@org/guide-ml-platform",\n  "version": "2.0.0",\n  "private": true\n}\n')
    const before = snapshot(dir)
    const refused = await run('release', '1.1.0', '--content', dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`${manifest}\n3:14 error 要发布的版本 1.1.0 低于包版本 2.0.0，应不低于 2.0.0 release llm-interview`)
    expect((await run('release', '1.1.0', '--content', dir, '--lang', 'en')).stderr).toContain(`${manifest}\n3:14 error Unexpected release of version 1.1.0 below the package version 2.0.0, expected a version of at least 2.0.0`)
    expect(snapshot(dir)).toEqual(before)
    // The package at the version released, or below it (before changesets bumps it), is released.
    writeFileSync(manifest, '{"version": "1.0.0"}\n')
    expect(await run('release', '1.1.0', '--dry-run', '--content', dir)).toMatchObject({code: 0})
    writeFileSync(manifest, '{"version": "1.1.0"}\n')
    expect(await run('release', '1.1.0', '--content', dir)).toMatchObject({code: 0})
  })

  it('with --dry-run checks everything and writes nothing', async () => {
    const dir = contentCopy(['ml-platform'])
    const before = snapshot(dir)
    expect(await run('release', '1.1.0', '--dry-run', '--content', dir)).toMatchObject({code: 0, stdout: expect.stringMatching(/^已检查 ml-platform 1\.1\.0：.*可以发布（\d+ 字节）；未写入任何内容\n$/)})
    expect(await run('release', '1.1.0', '--dry-run', '--lang', 'en', '--content', dir)).toMatchObject({code: 0, stdout: expect.stringMatching(/^Checked ml-platform 1\.1\.0: .* can be released \(\d+ bytes\); nothing written\n$/)})
    expect(await run('release', '1.0.0', '--dry-run', '--lang', 'en', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('Unexpected release of version 1.0.0 of `ml-platform` again')})
    expect(await run('release', '1.1.0', '--dry-run', '--lang', 'fr', '--content', dir)).toMatchObject({code: 2})
    expect(await run('release', '1.0.0', '--dry-run', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining('已经发布')})
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses while an earlier release differs from its checksum, changing nothing', async () => {
    const dir = contentCopy(['ml-platform'])
    writeFileSync(path.join(dir, 'ml-platform', 'versions', '1.0.0.md'), fixtureText('ml-platform', '1.0.0') + '\n')
    const before = snapshot(dir)
    expect(await run('release', '1.1.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining(`${path.join(dir, 'ml-platform', 'versions', '1.0.0.md')}\n1:1 error 已发布版本 1.0.0 被改动`)})
    expect(snapshot(dir)).toEqual(before)
  })

  it('counts a recorded release whose file is gone as released', async () => {
    const dir = contentCopy(['ml-platform'])
    const versions = path.join(dir, 'ml-platform', 'versions')
    const checksums = JSON.parse(readFileSync(path.join(versions, 'checksums.json'), 'utf8')) as Record<string, string>
    writeFileSync(path.join(versions, 'checksums.json'), JSON.stringify({...checksums, '1.2.0.md': sha256('gone')}, null, 2))
    const before = snapshot(dir)
    // At its entry in checksums.json, the file being gone: line 3 (`{`, 1.0.0's entry, then its own).
    expect(await run('release', '1.1.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining(`${path.join(versions, 'checksums.json')}\n3:15 error 版本 1.1.0 不高于最新发布的版本 1.2.0`)})
    expect(await run('release', '1.2.0', '--content', dir)).toMatchObject({code: 1, stderr: expect.stringContaining(`${path.join(versions, 'checksums.json')}\n3:15 error “ml-platform” 的版本 1.2.0 已经发布`)})
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses a source with errors and an unreadable checksum file, changing nothing', async () => {
    // An empty guide.md has no `lang`: the refusal is in English.
    const broken = contentCopy(['ml-platform'], {edit: {'ml-platform': () => ''}})
    const before = snapshot(broken)
    const source = path.join(broken, 'ml-platform', 'guide.md')
    const refused = await run('release', '1.1.0', '--content', broken)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n1:1\\s+error`))
    expect(refused.stderr).toMatch(/\nNothing released: .*guide\.md has errors \(\d+ listed above, the first at .*guide\.md:1:1\); fix them before releasing\n$/)
    expect(snapshot(broken)).toEqual(before)

    const garbled = contentCopy(['ml-platform'])
    const checksums = path.join(garbled, 'ml-platform', 'versions', 'checksums.json')
    writeFileSync(checksums, '{\n  "1.0.0.md": "0",\n')
    const garbledBefore = snapshot(garbled)
    // At the end of a file cut short, and at an entry without a digest.
    expect(await run('release', '1.1.0', '--content', garbled)).toMatchObject({code: 1, stderr: expect.stringContaining(`${checksums}\n2:19 error 无法读取 versions/checksums.json（not JSON），应为每次发布记录的校验和`)})
    writeFileSync(checksums, '{\n  "1.0.0.md": "0"\n}\n')
    expect(await run('release', '1.1.0', '--content', garbled, '--lang', 'en')).toMatchObject({code: 1, stderr: expect.stringContaining(`${checksums}\n2:15 error Unexpected unreadable versions/checksums.json (\`1.0.0.md\` has no sha256 hex digest)`)})
    writeFileSync(checksums, '{\n  "1.0.0.md": "0",\n')
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

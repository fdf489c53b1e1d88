import {appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, fixtureText} from './content.js'
import {runCli} from './run-cli.js'

const run = (...argv: string[]) => runCli(argv)

interface Finding {
  file: string
  line: number
  column: number
  severity: string
  ruleId: string
  message: string
  hint: string | undefined
}

/** The errors `check --format json` reports for `target`, and its exit code. */
async function errors(target: string): Promise<{code: number; errors: Finding[]}> {
  const {code, stdout} = await run('check', target, '--format', 'json')
  return {code, errors: (JSON.parse(stdout) as Finding[]).filter((finding) => finding.severity === 'error')}
}

/** A copy of the ml-platform fixture (released as 1.0.0) and the paths of its release. */
function released() {
  const dir = contentCopy(['ml-platform'])
  const versions = path.join(dir, 'ml-platform', 'versions')
  return {dir, versions, frozen: path.join(versions, '1.0.0.md'), checksums: path.join(versions, 'checksums.json')}
}

describe('frozen releases', () => {
  it('pass the check as released', async () => {
    const {dir} = released()
    expect(await run('check', dir)).toMatchObject({code: 0})
  })

  it('refuse an edited release in `check` of the folder and of the file, with the file, a position and a hint', async () => {
    const {dir, frozen} = released()
    writeFileSync(frozen, replaceOnce(fixtureText('ml-platform', '1.0.0'), '### 2.2 生成与缓存 (10分钟)', '### 2.2 生成、缓存 (10分钟)'))
    for (const target of [dir, frozen]) {
      const found = await errors(target)
      expect(found.code).toBe(1)
      expect(found.errors).toEqual([
        {
          file: frozen,
          line: 1,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
          severity: 'error',
          ruleId: 'frozen-changed',
          message: expect.stringMatching(/^已发布版本 1\.0\.0 被改动（校验和 [0-9a-f]{12}），应与发布时记录的内容一致（校验和 [0-9a-f]{12}）$/),
          hint: expect.stringContaining('作为新版本发布'),
          messageEn: expect.stringMatching(/^Unexpected change to released version 1\.0\.0 \(checksum [0-9a-f]{12}\), expected the bytes recorded at its release \(checksum [0-9a-f]{12}\)$/),
          hintEn: expect.stringContaining('release it as a new version')
        }
      ])
    }
    // The text report names the file too.
    expect((await run('check', dir)).stdout).toContain(path.join('ml-platform', 'versions', '1.0.0.md'))
  })

  it('notice a change of whitespace only: the bytes are frozen, not the outline', async () => {
    const {dir, frozen} = released()
    appendFileSync(frozen, '\n')
    expect(await errors(dir)).toMatchObject({code: 1, errors: [{file: frozen, ruleId: 'frozen-changed', line: 1, column: 1}]})
  })

  it('refuse to build an edited release', async () => {
    const {dir, frozen} = released()
    appendFileSync(frozen, '\n')
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-frozen-')), 'site')
    const {code, stdout, stderr} = await run('build', '--quiet', '--no-pdf', '--no-cache', '--content', dir, '--out', out)
    expect(code).toBe(1)
    expect(stdout + stderr).toContain('frozen-changed')
  })

  it('refuse a version file with no recorded checksum (not written by `release`)', async () => {
    const {dir, versions} = released()
    const unrecorded = path.join(versions, '1.1.0.md')
    writeFileSync(unrecorded, fixtureText('ml-platform'))
    expect(await errors(dir)).toMatchObject({
      code: 1,
      errors: [{file: unrecorded, line: 1, column: 1, ruleId: 'frozen-unrecorded', message: '已发布版本 1.1.0 没有记录校验和，versions/checksums.json 中应有它的条目', messageEn: 'Unexpected released version 1.1.0 without a recorded checksum, expected its entry in versions/checksums.json', hint: expect.stringContaining('llm-interview release')}]
    })
  })

  it('refuse a removed release and an unreadable checksum file', async () => {
    const removed = released()
    rmSync(removed.frozen)
    expect(await errors(removed.dir)).toMatchObject({
      code: 1,
      errors: [{file: removed.checksums, line: 1, column: 1, ruleId: 'frozen-missing', message: expect.stringContaining('Unexpected missing released file `1.0.0.md`')}]
    })

    const broken = released()
    writeFileSync(broken.checksums, readFileSync(broken.checksums, 'utf8').replace(/[0-9a-f]{64}/, 'not-a-digest'))
    expect(await errors(broken.dir)).toMatchObject({
      code: 1,
      errors: [{file: broken.frozen, line: 1, column: 1, ruleId: 'frozen-checksums', message: expect.stringContaining('`1.0.0.md` has no sha256 hex digest')}]
    })
  })
})

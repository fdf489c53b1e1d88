import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeRelease} from '../../../test-utils/release.js'
import {runCli} from './run-cli.js'
import {smallGuide} from './small-guide.js'

/** A content folder of `{'<id>/guide.md' or '<id>/versions/x.y.z.md': text}`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-diff-base-'))
  for (const [file, text] of Object.entries(files)) {
    // A release is recorded with its checksum, as `llm-interview release` does.
    const release = /^([^/]+)\/versions\/(\d+\.\d+\.\d+)\.md$/.exec(file)
    if (release) {
      writeRelease(path.join(dir, release[1]!), release[2]!, text)
      continue
    }
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

const released = smallGuide({topic: '问题二'})
// The base branch holds an unreleased edit; the pull request adds a question on top of it.
const baseNext = smallGuide({topic: '基础分支改写的问题'})
const headNext = `${baseNext}- 本次新增的问题\n`
const other = smallGuide({title: '另一份大纲'}).replace('id: small', 'id: other')

const base = folder({'small/guide.md': baseNext, 'small/versions/1.0.0.md': released, 'gone/guide.md': smallGuide().replace('id: small', 'id: gone')})
const head = folder({'small/guide.md': headNext, 'small/versions/1.0.0.md': released, 'other/guide.md': other})

describe('llm-interview diff --base-content', () => {
  it('compares with the base content, not with the latest release: only the pull request’s own edit shows', async () => {
    const withBase = await runCli(['diff', 'next', 'next', '--content', head, '--base-content', base, '--guide', 'small', '--format', 'md'])
    expect(withBase).toMatchObject({code: 0, stderr: ''})
    expect(withBase.stdout).toContain('本次新增的问题')
    expect(withBase.stdout).not.toContain('基础分支改写的问题')
    // Against the latest release, the base's unreleased edit shows too.
    const withRelease = await runCli(['diff', 'latest', 'next', '--content', head, '--guide', 'small', '--format', 'md'])
    expect(withRelease.stdout).toContain('基础分支改写的问题')
  })

  it('says when the base has no such guide, and names guides only the base has', async () => {
    const all = await runCli(['diff', 'next', 'next', '--content', head, '--base-content', base, '--format', 'md'])
    expect(all.code).toBe(0)
    expect(all.stdout).toContain('## 另一份大纲 · 新大纲（对比的基础内容中没有这份大纲）')
    expect(all.stdout).toContain('本次新增的问题')
    expect(all.stderr).toBe(`llm-interview diff: \`gone\` is in ${base} only (removed)\n`)
    const one = await runCli(['diff', 'next', 'next', '--content', head, '--base-content', base, '--guide', 'other', '--format', 'json'])
    expect(one.code).toBe(0)
    expect(JSON.parse(one.stdout)).toEqual({id: 'other', title: '另一份大纲', released: false, diff: null})
  })

  it('treats every guide as new against an empty base (a base branch without content)', async () => {
    const empty = folder({})
    const result = await runCli(['diff', 'next', 'next', '--content', head, '--base-content', empty, '--format', 'text'])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').filter((line) => line.includes('新大纲（对比的基础内容中没有这份大纲）'))).toHaveLength(2)
  })

  it('names a version the base lacks, and fails on a missing base folder', async () => {
    const lacking = await runCli(['diff', '2.0.0', 'next', '--content', head, '--base-content', base, '--guide', 'small'])
    expect(lacking).toMatchObject({code: 2, stdout: ''})
    expect(lacking.stderr).toContain('small has no version `2.0.0` in the base (versions: 1.0.0, next, latest)')
    const missing = await runCli(['diff', 'next', 'next', '--content', head, '--base-content', path.join(base, 'no-such')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('Unexpected missing content folder')
  })
})

import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, type FixtureGuide} from './content.js'

const root = new URL('../../../', import.meta.url).pathname
const bin = path.join(root, 'packages/site/bin/llm-interview.js')
const guides: FixtureGuide[] = ['ml-platform', 'backend-interview']

/**
 * A repository of the fixture guides as a team sets one up with the tool
 * installed: npm workspaces `content/*`, each guide a package whose
 * `build` task is `llm-interview part` (its turbo.json as `new` writes
 * it, less the site package this repository builds), the tool and turbo
 * from this repository's node_modules.
 */
function repository(): {dir: string; content: string} {
  const repo = mkdtempSync(path.join(tmpdir(), 'llm-interview-turbo-'))
  const content = path.join(repo, 'content')
  renameSync(contentCopy(guides), content)
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({name: 'guides', private: true, packageManager: 'npm@11.19.1', workspaces: ['content/*']}))
  writeFileSync(path.join(repo, 'turbo.json'), JSON.stringify({tasks: {build: {outputs: ['dist/**']}}}))
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'), 'dir')
  const lock: {packages: Record<string, object>} & Record<string, unknown> = {name: 'guides', lockfileVersion: 3, requires: true, packages: {'': {name: 'guides', workspaces: ['content/*']}}}
  for (const id of guides) {
    writeFileSync(path.join(content, id, 'package.json'), JSON.stringify({name: `@guides/${id}`, version: '1.0.0', private: true, scripts: {build: `node ${bin} part --no-pdf --content .. --guide ${id}`}}))
    writeFileSync(path.join(content, id, 'turbo.json'), JSON.stringify({extends: ['//'], tasks: {build: {inputs: ['**', '!dist/**', '!.turbo/**', '!node_modules/**'], outputs: ['dist/**']}}}))
    lock.packages[`content/${id}`] = {name: `@guides/${id}`, version: '1.0.0'}
    lock.packages[`node_modules/@guides/${id}`] = {resolved: `content/${id}`, link: true}
  }
  writeFileSync(path.join(repo, 'package-lock.json'), JSON.stringify(lock))
  return {dir: repo, content}
}

/** `llm-interview build --turbo` in the repository, as its root `build` script runs it. */
function buildTurbo(repo: string, ...extra: string[]) {
  const result = spawnSync(process.execPath, [bin, 'build', '--turbo', '--no-pdf', '--content', 'content', '--out', 'dist/site', ...extra], {cwd: repo, encoding: 'utf8', env: {...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0'}})
  return {code: result.status, output: `${result.stdout}\n${result.stderr}`}
}

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)).toString('base64'))
  }
  return files
}

const recordTime = (content: string, id: string) => statSync(path.join(content, id, 'dist', 'part', 'part.json')).mtimeMs

describe('llm-interview build --turbo: the guides\' turbo tasks, then the join', () => {
  const {dir, content} = repository()
  const site = path.join(dir, 'dist', 'site')

  it('runs every guide\'s task, then publishes the site a build of the sources publishes', () => {
    const first = buildTurbo(dir)
    expect(first.code, first.output).toBe(0)
    expect(first.output).toMatch(/Tasks:\s+2 successful, 2 total/)
    const fresh = path.join(dir, 'fresh')
    expect(spawnSync(process.execPath, [bin, 'build', '--quiet', '--no-pdf', '--no-cache', '--content', 'content', '--out', fresh], {cwd: dir}).status).toBe(0)
    expect(snapshot(site)).toEqual(snapshot(fresh))
  }, 180_000)

  it('after a one-guide edit runs that guide\'s task alone, and publishes the edit', () => {
    const untouched = recordTime(content, 'ml-platform')
    const edited = recordTime(content, 'backend-interview')
    const file = path.join(content, 'backend-interview', 'guide.md')
    writeFileSync(file, replaceOnce(readFileSync(file, 'utf8'), '# 后端工程师面试大纲', '# 后端工程师面试大纲（修订）'))
    const result = buildTurbo(dir)
    expect(result.code, result.output).toBe(0)
    expect(result.output).toMatch(/Cached:\s+1 cached, 2 total/)
    expect(recordTime(content, 'ml-platform')).toBe(untouched)
    expect(recordTime(content, 'backend-interview')).toBeGreaterThan(edited)
    expect(readFileSync(path.join(site, 'backend-interview', 'next', 'index.html'), 'utf8')).toContain('后端工程师面试大纲（修订）')
  }, 180_000)

  it('publishes nothing when a guide\'s task fails, and shows where its error is', () => {
    const before = snapshot(site)
    const file = path.join(content, 'ml-platform', 'guide.md')
    const text = readFileSync(file, 'utf8')
    // A section heading without its duration: an error of the guide.
    writeFileSync(file, replaceOnce(text, '### 1.2 数据管线 (10分钟)', '### 1.2 数据管线'))
    const result = buildTurbo(dir)
    expect(result.code).toBe(1)
    expect(result.output).toContain('ml-platform/guide.md')
    expect(result.output).toMatch(/65:1-65:13 error .*1\.2 数据管线/)
    expect(result.output).toContain('dist/site was left as it was')
    expect(snapshot(site)).toEqual(before)
    writeFileSync(file, text)
  }, 180_000)

  it('refuses --no-cache, which has no parts to join', () => {
    const result = buildTurbo(dir, '--no-cache')
    expect(result.code).toBe(2)
    expect(result.output).toContain('--no-cache')
  })

  it('says so when turbo cannot be found', () => {
    const alone = contentCopy(['backend-interview'])
    const result = spawnSync(process.execPath, [bin, 'build', '--turbo', '--no-pdf', '--content', alone, '--out', path.join(path.dirname(alone), 'site')], {cwd: path.dirname(alone), encoding: 'utf8', env: {...process.env, PATH: path.dirname(process.execPath)}})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('turbo was not found')
  })
})

// A synthetic repository of many guides with many releases, built the way
// `npm run build` builds this one: turbo runs each guide's task
// (`llm-interview part`) and `llm-interview build --turbo`, which runs
// turbo, joins the parts. The
// guides are copies of a fixture of the site's tests (never the seed), one
// item reworded per release. Used by bench.mjs; runnable alone:
// `node many-guides.mjs [guides] [releases]` prints the three timings.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {writeRelease} from './release.mjs'

const root = new URL('../../../', import.meta.url).pathname
const fixture = readFileSync(path.join(root, 'packages/site/test/fixtures/content/backend-interview/guide.md'), 'utf8')
const anchor = '- HTTP/2 的多路复用是什么?'
const bin = path.join(root, 'packages/site/bin/llm-interview.js')
const turbo = path.join(root, 'node_modules/.bin/turbo')

function guideText(id, release) {
  if (!fixture.includes(anchor)) throw new Error(`the fixture lost its anchor ${anchor}`)
  return fixture.replace('id: backend-interview', `id: ${id}`).replace('# 后端工程师面试大纲', `# 后端工程师面试大纲 ${id}`).replace(anchor, `${anchor}（第 ${release} 版）`)
}

/** Writes the repository: `guides` guides of `releases` releases each (guide.md = the last release). */
export function writeRepository(guides, releases) {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-many-'))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: 'many-guides', private: true, packageManager: 'npm@11.19.1', workspaces: ['content/*']}, null, 2) + '\n')
  writeFileSync(path.join(dir, 'turbo.json'), JSON.stringify({$schema: 'https://turbo.build/schema.json', tasks: {build: {outputs: ['dist/**']}}}, null, 2) + '\n')
  // The tool comes from this repository (prebuilt): its node_modules, read only.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const lock = {name: 'many-guides', lockfileVersion: 3, requires: true, packages: {'': {name: 'many-guides', workspaces: ['content/*']}}}
  const ids = Array.from({length: guides}, (_, i) => `guide-${String(i + 1).padStart(2, '0')}`)
  for (const id of ids) {
    const guideDir = path.join(dir, 'content', id)
    mkdirSync(guideDir, {recursive: true})
    for (let r = 0; r < releases; r++) writeRelease(guideDir, `1.${r}.0`, guideText(id, r))
    writeFileSync(path.join(guideDir, 'guide.md'), guideText(id, releases - 1))
    writeFileSync(path.join(guideDir, 'package.json'), JSON.stringify({name: `@bench/${id}`, version: `1.${releases - 1}.0`, private: true, scripts: {build: `node ${bin} part --no-pdf --content .. --guide ${id}`}}, null, 2) + '\n')
    // As the guides' turbo.json in this repository, but for the site package it cannot name here.
    writeFileSync(path.join(guideDir, 'turbo.json'), JSON.stringify({extends: ['//'], tasks: {build: {inputs: ['**', '!dist/**', '!.turbo/**', '!node_modules/**'], outputs: ['dist/**']}}}, null, 2) + '\n')
    lock.packages[`content/${id}`] = {name: `@bench/${id}`, version: `1.${releases - 1}.0`}
    lock.packages[`node_modules/@bench/${id}`] = {resolved: `content/${id}`, link: true}
  }
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2) + '\n')
  return {dir, ids}
}

/** Rewords one item of a guide's guide.md (the one-guide edit). */
export function editGuide(dir, id, n) {
  const file = path.join(dir, 'content', id, 'guide.md')
  const text = readFileSync(file, 'utf8')
  if (!text.includes('1. 进程与线程的区别与联系')) throw new Error('the fixture lost the item the edit rewords')
  writeFileSync(file, text.replace('1. 进程与线程的区别与联系', `1. 进程与线程的区别与联系（修改 ${n}）`))
}

function run(command, args, cwd) {
  const started = performance.now()
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, TURBO_TELEMETRY_DISABLED: '1'}, timeout: 1_200_000})
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  return {ms: performance.now() - started, stdout: result.stdout}
}

/**
 * The synthetic repository's root `build` script: `llm-interview build
 * --turbo` runs turbo's guide tasks and joins their parts, reading what
 * it can while they run. With `sequential`, the two one after the other
 * (`turbo run build && llm-interview build`), timed apart.
 */
export function buildRepository(dir, {sequential = false} = {}) {
  const join = [bin, 'build', '--quiet', '--no-pdf', '--content', 'content', '--out', 'dist/site', '--cache', '.cache']
  const counts = (stdout) => {
    const ran = /Cached:\s+(\d+) cached, (\d+) total/.exec(stdout)
    return {tasks: ran ? Number(ran[2]) : NaN, cachedTasks: ran ? Number(ran[1]) : NaN}
  }
  if (!sequential) {
    const built = run(process.execPath, [...join, '--turbo'], dir)
    return {ms: built.ms, ...counts(built.stdout)}
  }
  const tasks = run(turbo, ['run', 'build', '--output-logs=none', '--summarize=false'], dir)
  const joined = run(process.execPath, join, dir)
  return {turboMs: tasks.ms, joinMs: joined.ms, ms: tasks.ms + joined.ms, ...counts(tasks.stdout)}
}

/** A site of that one guide alone, built cold (no cache): the yardstick of a one-guide edit. */
export function singleGuideBuild(dir, id, releases) {
  const single = mkdtempSync(path.join(tmpdir(), 'llm-interview-one-'))
  const guideDir = path.join(single, 'content', id)
  mkdirSync(guideDir, {recursive: true})
  for (let r = 0; r < releases; r++) writeRelease(guideDir, `1.${r}.0`, guideText(id, r))
  writeFileSync(path.join(guideDir, 'guide.md'), readFileSync(path.join(dir, 'content', id, 'guide.md')))
  const result = run(process.execPath, [bin, 'build', '--quiet', '--no-pdf', '--no-cache', '--content', path.join(single, 'content'), '--out', path.join(single, 'site')], single)
  rmSync(single, {recursive: true, force: true})
  return result.ms
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const guides = Number(process.argv[2] ?? 50)
  const releases = Number(process.argv[3] ?? 10)
  const {dir, ids} = writeRepository(guides, releases)
  console.log('repository', dir)
  console.log('full', buildRepository(dir))
  console.log('unchanged', buildRepository(dir))
  const edited = ids[Math.min(6, ids.length - 1)]
  editGuide(dir, edited, 1)
  console.log('one-guide edit', buildRepository(dir))
  console.log('single-guide build', singleGuideBuild(dir, edited, releases))
}

import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {usage} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {repoRoot} from './helpers.js'
import {writeRelease} from '../../../test-utils/release.js'

interface Step {
  name?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}

interface Job {
  container?: string | {image: string}
  steps: Step[]
}

const workflow = YAML.parse(readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8')) as {on: Record<string, unknown>; jobs: Record<string, Job>}
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const commandsOf = (list: Step[]) => list.flatMap((step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean))
const commands = commandsOf(steps)
const scripts = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts

/** The commands of `llm-interview`, from its own help text. */
const cliCommands = usage
  .split('\n\n')
  .find((block) => block.startsWith('Commands:'))!
  .split('\n')
  .flatMap((line) => /^ {2}([a-z-]+)\b/.exec(line)?.[1] ?? [])

/** The step that writes the question-level diff into the job summary, and its diff command. */
const summaryStep = steps.find((step) => (step.run ?? '').includes('$GITHUB_STEP_SUMMARY'))!
const summaryCommand = commandsOf([summaryStep]).find((line) => line.includes('npx llm-interview diff'))

/** A small guide of our own, with `topic` as its second question. */
function smallGuide(topic: string, title = '工作流测试大纲'): string {
  return `---\nid: ID\nlang: zh-CN\nduration: 10-20\n---\n# ${title}\n\n## 一、基础 (10分钟)\n\n### 1.1 概念 (10分钟)\n\n**考核目标：** 了解概念\n\n#### 基础\n\n- 问题一\n- ${topic}\n`
}

function writeGuide(repo: string, id: string, texts: {next: string; released?: string}): void {
  const dir = path.join(repo, 'content', id)
  mkdirSync(path.join(dir, 'versions'), {recursive: true})
  writeFileSync(path.join(dir, 'guide.md'), texts.next.replace('id: ID', `id: ${id}`))
  if (texts.released) writeRelease(dir, '1.0.0', texts.released.replace('id: ID', `id: ${id}`))
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=CI test', '-c', 'user.email=ci@example.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd: repo, encoding: 'utf8', env: {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'}})
}

function gitRepo(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'llm-interview-workflow-'))
  git(repo, 'init', '-q', '-b', 'pr')
  return repo
}

function commit(repo: string, message: string): void {
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
}

/**
 * Runs the summary step's script as GitHub runs it (`bash -e`), in `repo`,
 * for a pull request on `main`, with `npx llm-interview` being this
 * repository's CLI; returns the job summary it wrote.
 */
function runSummaryStep(repo: string): string {
  const temp = mkdtempSync(path.join(tmpdir(), 'llm-interview-runner-'))
  const bin = path.join(temp, 'bin')
  mkdirSync(bin)
  const cli = path.join(repoRoot, 'packages/site/bin/llm-interview.js')
  writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\n[ "$1" = llm-interview ] || exit 127\nshift\nexec "${process.execPath}" "${cli}" "$@"\n`, {mode: 0o755})
  const summary = path.join(temp, 'summary.md')
  execFileSync('bash', ['-e', '-c', summaryStep.run!], {
    cwd: repo,
    env: {...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, GITHUB_BASE_REF: 'main', RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: summary, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'}
  })
  return readFileSync(summary, 'utf8')
}

describe('.github/workflows/ci.yml', () => {
  it('runs on pull requests with Node 20 and npm ci', () => {
    expect(workflow.on).toHaveProperty('pull_request')
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(20)
    expect(commands[0]).toBe('npm ci')
  })

  it('runs the check, the tests and the build as a person does locally', () => {
    expect(commands).toEqual(expect.arrayContaining(['npm run check', 'npm test', 'npm run build']))
  })

  it('runs the browser tests on Debian with the packages that .ci/run installs', () => {
    const ciRun = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8')
    const debianPackages = [...ciRun.matchAll(/missing\+=\(([\w.+-]+)\)/g)].map((m) => m[1]!)
    expect(debianPackages).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-cjk', 'poppler-utils', 'default-jre-headless']))
    expect(ciRun).toContain('npm run test:browser')

    const jobs = Object.values(workflow.jobs).filter((job) => commandsOf(job.steps).some((line) => /\bnpm run test:browser$/.test(line)))
    expect(jobs, 'a job that runs `npm run test:browser`').toHaveLength(1)
    const job = jobs[0]!
    const image = typeof job.container === 'string' ? job.container : job.container?.image
    expect(image, 'Debian with Node 20').toMatch(/^node:20(\.\d+)*-(bookworm|trixie)$/)
    const jobCommands = commandsOf(job.steps)
    const install = jobCommands.find((line) => /\bapt-get install\b/.test(line))
    expect(install?.split(/\s+/), 'apt-get install').toEqual(expect.arrayContaining(debianPackages))
    const npmCi = jobCommands.indexOf('npm ci')
    expect(npmCi).toBeGreaterThan(jobCommands.indexOf(install!))
    expect(npmCi).toBeLessThan(jobCommands.findIndex((line) => line.endsWith('npm run test:browser')))
  })

  it('uses only npm scripts of the root package.json', () => {
    const used = commands.flatMap((line) => [...line.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]!))
    expect(used.length).toBeGreaterThan(0)
    for (const name of used) expect(Object.keys(scripts), `npm run ${name}`).toContain(name)
  })

  it('uses only known llm-interview commands', () => {
    expect(cliCommands).toEqual(expect.arrayContaining(['check', 'build', 'dev', 'diff', 'release']))
    const used = commands.flatMap((line) => [...line.matchAll(/\bnpx llm-interview ([\w-]+)/g)].map((m) => m[1]!))
    expect(used).toContain('diff')
    for (const name of used) expect(cliCommands, `npx llm-interview ${name}`).toContain(name)
  })

  it('writes the question-level diff against the base branch into the job summary, even when a check failed', () => {
    const job = Object.values(workflow.jobs).find((j) => j.steps.includes(summaryStep))!
    expect(summaryStep.if).toBe('always()')
    expect(summaryCommand).toBe('npx llm-interview diff next next --base-content "$base/content" --format md >> "$GITHUB_STEP_SUMMARY"')
    // The base branch is read from git: the checkout must fetch it.
    expect(job.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0)
  })

  it('runs the diff step: only the pull request’s own edits show, and a guide the base lacks is new', () => {
    const repo = gitRepo()
    // The base branch: the repository's guides plus one of ours, released, with an unreleased edit on the base.
    cpSync(path.join(repoRoot, 'content'), path.join(repo, 'content'), {recursive: true, filter: (source) => !source.includes('node_modules')})
    writeGuide(repo, 'workflow-small', {next: smallGuide('基础分支改写的问题'), released: smallGuide('问题二')})
    commit(repo, 'base')
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD')
    // The pull request: a question more in our guide, and a new guide.
    writeGuide(repo, 'workflow-small', {next: `${smallGuide('基础分支改写的问题')}- 本次新增的问题\n`})
    writeGuide(repo, 'workflow-new', {next: smallGuide('问题二', '新加的大纲')})
    commit(repo, 'head')
    const summary = runSummaryStep(repo)
    expect(summary).toContain('本次新增的问题')
    expect(summary).not.toContain('基础分支改写的问题')
    expect(summary).toContain('## 新加的大纲 · 新大纲（对比的基础内容中没有这份大纲）')
    expect(summary).toMatch(/^## .+\n\n\*\*.+\*\*/)
  })

  it('runs the diff step against a base branch without content: every guide is new', () => {
    const repo = gitRepo()
    writeFileSync(path.join(repo, 'README.md'), 'base\n')
    commit(repo, 'base')
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD')
    writeGuide(repo, 'workflow-a', {next: smallGuide('问题二', '第一份')})
    writeGuide(repo, 'workflow-b', {next: smallGuide('问题二', '第二份')})
    commit(repo, 'head')
    const summary = runSummaryStep(repo)
    expect(summary.match(/^## .+ · 新大纲（对比的基础内容中没有这份大纲）$/gm)).toHaveLength(2)
  })
})

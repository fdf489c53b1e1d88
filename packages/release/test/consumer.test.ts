import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {schemaVersion} from '@org/llm-interview-schema'
import {run} from '../src/exec.js'
import {publishable, readWorkspaces} from '../src/workspace.js'
import {consumerProject, workspaceVersion} from './consumer-project.js'
import {repoRoot} from './helpers.js'
import {codeBlocks} from './readme-blocks.js'

const packed = inject('packed')
/** The released versions of the seed guide, oldest first (1.0.0 is the first and never goes away). */
const releases = readdirSync(path.join(repoRoot, 'content/llm-interview/versions'))
  .filter((name) => /^\d+\.\d+\.\d+\.md$/.test(name))
  .map((name) => name.slice(0, -3))
  .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
const latest = releases.at(-1)!
const fixtures = new URL('consumer/', import.meta.url)
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc')
let project = ''

/** Runs a command in the consumer project; fails the test with its output on a non-zero exit. */
async function inProject(command: string, ...args: string[]): Promise<string> {
  const result = await run(command, args, {cwd: project})
  expect(result.code, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0)
  return result.stdout
}

// A project outside the workspace that installs the packed tarballs, as
// another team would, from the tarballs and the npm cache only. The README
// examples read `guide.json` and `guide.md`: fixtures of the renderer's and
// the parser's tests.
beforeAll(async () => {
  project = await consumerProject(packed, {'@types/node': workspaceVersion('@types/node')})
  for (const file of readdirSync(fixtures)) copyFileSync(new URL(file, fixtures), path.join(project, file))
  copyFileSync(path.join(repoRoot, 'packages/renderer/test/fixtures/backend/guide.json'), path.join(project, 'guide.json'))
  copyFileSync(path.join(repoRoot, 'packages/parser/test/fixtures/valid/input.md'), path.join(project, 'guide.md'))
})

afterAll(() => {
  if (project) rmSync(project, {recursive: true, force: true})
})

describe('a consumer of the packed packages', () => {
  it('installs them outside the workspace', () => {
    expect(packed.map((p) => p.name).sort()).toEqual(['@org/llm-interview-data', '@org/llm-interview-parser', '@org/llm-interview-renderer', '@org/llm-interview-schema'])
  })

  it('validates the latest guide with the schema and rejects a broken one with a readable error (ESM)', async () => {
    const result = JSON.parse(await inProject(process.execPath, 'esm.mjs')) as Record<string, unknown>
    expect(result).toMatchObject({versions: [`llm-interview@${releases.join(',')}`], latest, pinned: '1.0.0', rawJsonMatches: true, jsonSchemaShipped: true, rejected: true, parserMessages: ['empty-file']})
    expect(result.versionsJson).toMatchObject({guides: [{id: 'llm-interview', latest, versions: releases}]})
    expect(result.error).toMatch(/^parts\.0\.sections\.0\.duration: .*expected object, received string$/m)
    expect(result.error).toMatch(/^parts\.0\.sections\.0\.title: .*expected string, received number$/m)
    expect(result.error).toMatch(/^rubric: .*expected array, received undefined$/m)
    expect(result.unknownVersion).toBe(`Unknown version \`0.0.1\` of guide \`llm-interview\`, expected \`latest\` or one of: ${releases.join(', ')}`)
    expect(result.rendered).toContain('<html lang="zh-CN">')
  })

  it('require()s the schema from CommonJS (Node >= 20.19)', async () => {
    expect(JSON.parse(await inProject(process.execPath, 'require.cjs'))).toEqual({schemaVersion, latest: `llm-interview@${latest}`, valid: true})
  })

  it.each(['nodenext', 'bundler'])('type-checks a consumer under moduleResolution %s', async (resolution) => {
    await inProject(process.execPath, tsc, '-p', `tsconfig.${resolution}.json`)
  })

  it('gets no runtime dependency with the guide data, and no bare import', () => {
    const data = packed.find((p) => p.name === '@org/llm-interview-data')!
    expect(JSON.parse(readFileSync(path.join(project, 'node_modules/@org/llm-interview-data/package.json'), 'utf8')).dependencies).toBeUndefined()
    const imports = data.files
      .filter((file) => /\.(js|d\.ts|d\.cts)$/.test(file))
      .flatMap((file) => [...readFileSync(path.join(project, 'node_modules/@org/llm-interview-data', file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)].map((m) => `${file}: ${m[1]}`))
    expect(imports, 'bare imports in the data package').toEqual([])
  })
})

describe('a project that installs only the data package', () => {
  let dataOnly = ''
  beforeAll(async () => {
    dataOnly = await consumerProject(packed.filter((p) => p.name === '@org/llm-interview-data'))
  })
  afterAll(() => {
    if (dataOnly) rmSync(dataOnly, {recursive: true, force: true})
  })

  it('has no zod and no schema package, and adds well under 1 MB besides the guide data', () => {
    expect(readdirSync(path.join(dataOnly, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['@org'])
    expect(readdirSync(path.join(dataOnly, 'node_modules/@org'))).toEqual(['llm-interview-data'])
    expect(existsSync(path.join(dataOnly, 'node_modules/zod'))).toBe(false)
    const installed = readdirSync(path.join(dataOnly, 'node_modules'), {recursive: true, encoding: 'utf8'})
      .map((file) => path.join(dataOnly, 'node_modules', file))
      .filter((file) => statSync(file).isFile())
    const guideData = installed.filter((file) => /\/dist\/generated\/guides\/.+\.json$/.test(file))
    expect(guideData.length).toBeGreaterThan(0)
    const rest = installed.filter((file) => !guideData.includes(file)).reduce((sum, file) => sum + statSync(file).size, 0)
    expect(rest).toBeLessThan(200_000)
  })

  it('loads a guide and types it without the schema package', async () => {
    writeFileSync(path.join(dataOnly, 'load.mjs'), "import {loadGuide} from '@org/llm-interview-data'\nconsole.log((await loadGuide('llm-interview')).title)\n")
    const result = await run(process.execPath, ['load.mjs'], {cwd: dataOnly})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(dataOnly, 'node_modules/@org/llm-interview-data/dist/versions.json'), 'utf8')).guides[0].title)
    writeFileSync(path.join(dataOnly, 'typed.ts'), "import {loadGuide, type Guide} from '@org/llm-interview-data'\nexport const guide: Promise<Guide> = loadGuide('llm-interview')\n")
    const options = {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023'], strict: true, noEmit: true, skipLibCheck: false, types: []}
    writeFileSync(path.join(dataOnly, 'tsconfig.json'), JSON.stringify({compilerOptions: options, files: ['typed.ts']}))
    const checked = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: dataOnly})
    expect(checked.code, checked.stdout + checked.stderr).toBe(0)
  })
})

/** Every code block of the READMEs of the published packages, in order. */
const examples = publishable(readWorkspaces(repoRoot)).flatMap((workspace) =>
  codeBlocks(readFileSync(path.join(workspace.dir, 'README.md'), 'utf8')).map((block) => ({
    ...block,
    where: `${workspace.manifest.name} README.md:${block.line}`,
    file: `readme-${workspace.manifest.name.split('/').at(-1)}-${block.line}`
  }))
)
/** Blocks that are not programs: samples of a guide's Markdown source, and front matters (`yaml`). */
const samples = ['markdown', 'yaml']

describe('the code blocks of the package READMEs, run against the packed packages', () => {
  it('are programs this test runs (js, cjs, ts), installs (sh) or guide samples', () => {
    expect(examples.filter((block) => !['js', 'cjs', 'ts', 'sh', ...samples].includes(block.lang)).map((block) => `${block.where}: \`${block.lang}\``)).toEqual([])
    expect(examples.filter((block) => block.lang === 'ts').length).toBeGreaterThan(0)
  })

  it.each(examples.filter((block) => block.lang === 'sh').map((block) => [block.where, block] as const))('%s (sh) installs only published packages, as this project did from their tarballs', (_where, block) => {
    const names = block.code
      .trim()
      .split('\n')
      .flatMap((line) => {
        const match = /^npm install((?: @org\/[\w-]+)+)$/.exec(line)
        expect(match, `\`${line}\`, expected npm install of published packages`).not.toBeNull()
        return match![1]!.trim().split(' ')
      })
    expect(packed.map((p) => p.name)).toEqual(expect.arrayContaining(names))
  })

  it.each(examples.filter((block) => block.lang === 'js' || block.lang === 'cjs').map((block) => [block.where, block] as const))('%s runs as an ES module (cjs: CommonJS)', async (_where, block) => {
    const file = `${block.file}.${block.lang === 'cjs' ? 'cjs' : 'mjs'}`
    writeFileSync(path.join(project, file), block.code)
    await inProject(process.execPath, file)
  })

  it.each(examples.filter((block) => block.lang === 'yaml').map((block) => [block.where, block] as const))('%s (yaml) is a front matter the packed parser\'s JSON Schema accepts', (_where, block) => {
    const schemaFile = path.join(project, 'node_modules/@org/llm-interview-parser/dist/front-matter.schema.json')
    const validate = new Ajv2020({strict: true, allErrors: true}).compile(JSON.parse(readFileSync(schemaFile, 'utf8')))
    expect(validate(parseYaml(block.code)), JSON.stringify(validate.errors)).toBe(true)
  })

  it('type-checks the TypeScript blocks (nodenext, strict) and runs them', async () => {
    const blocks = examples.filter((block) => block.lang === 'ts')
    mkdirSync(path.join(project, 'readme'), {recursive: true})
    for (const block of blocks) writeFileSync(path.join(project, 'readme', `${block.file}.ts`), block.code)
    const compilerOptions = {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023'], strict: true, skipLibCheck: false, types: ['node'], rootDir: 'readme', outDir: 'readme-out'}
    writeFileSync(path.join(project, 'tsconfig.readme.json'), JSON.stringify({compilerOptions, include: ['readme/*.ts']}))
    await inProject(process.execPath, tsc, '-p', 'tsconfig.readme.json')
    for (const block of blocks) await inProject(process.execPath, path.join('readme-out', `${block.file}.js`))
  })
})

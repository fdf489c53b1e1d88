import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
import {schemaVersion} from '@org/llm-interview-schema'
import {run} from '../src/exec.js'
import {consumerLock, type Lockfile} from './consumer-lock.js'
import {repoRoot} from './helpers.js'

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
// another team would, from the tarballs and the npm cache only.
beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'llm-interview-consumer-'))
  mkdirSync(path.join(project, 'packs'))
  for (const p of packed) copyFileSync(p.tarball, path.join(project, 'packs', path.basename(p.tarball)))
  for (const file of readdirSync(fixtures)) copyFileSync(new URL(file, fixtures), path.join(project, file))
  const workspaceLock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile
  const typesNode = {'@types/node': workspaceLock.packages['node_modules/@types/node']!.version!}
  const lock = consumerLock(packed, workspaceLock, 'packs', typesNode)
  const {dependencies} = lock.packages['']!
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module', dependencies, devDependencies: typesNode}, null, 2))
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(lock, null, 2))
  await inProject('npm', 'ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund')
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
    expect(result.error).toMatch(/expected object, received string\n\s+→ at parts\[0\]\.sections\[0\]\.duration/)
    expect(result.error).toMatch(/expected string, received number\n\s+→ at parts\[0\]\.sections\[0\]\.title/)
    expect(result.error).toMatch(/expected array, received undefined\n\s+→ at rubric/)
    expect(result.unknownVersion).toBe(`Unknown version \`0.0.1\` of guide \`llm-interview\`, expected \`latest\` or one of: ${releases.join(', ')}`)
    expect(result.rendered).toContain('<html lang="zh-CN">')
  })

  it('require()s the schema from CommonJS (Node >= 20.19)', async () => {
    expect(JSON.parse(await inProject(process.execPath, 'require.cjs'))).toEqual({schemaVersion, latest: `llm-interview@${latest}`, valid: true})
  })

  it.each(['nodenext', 'bundler'])('type-checks a consumer under moduleResolution %s', async (resolution) => {
    await inProject(process.execPath, tsc, '-p', `tsconfig.${resolution}.json`)
  })

  it('brings in only the schema and zod at runtime with the guide data', () => {
    const closure = new Set<string>()
    const visit = (name: string) => {
      const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', name, 'package.json'), 'utf8')) as {dependencies?: Record<string, string>}
      for (const dependency of Object.keys(manifest.dependencies ?? {})) {
        if (!closure.has(dependency)) closure.add(dependency), visit(dependency)
      }
    }
    visit('@org/llm-interview-data')
    expect([...closure].sort()).toEqual(['@org/llm-interview-schema', 'zod'])
    const data = packed.find((p) => p.name === '@org/llm-interview-data')!
    const imports = data.files
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...readFileSync(path.join(project, 'node_modules/@org/llm-interview-data', file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)].map((m) => m[1]))
    expect(imports, 'bare imports in the data package').toEqual([])
  })
})

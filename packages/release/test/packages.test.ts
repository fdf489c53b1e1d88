import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, inject, it} from 'vitest'
import {lintPackage, missingTargets} from '../src/lint-packages.js'
import {fileProblems} from '../src/package-files.js'
import {repoRoot} from './helpers.js'

const packed = inject('packed')

describe('publishable packages, as packed', () => {
  it.each(packed.map((p) => [p.name, p] as const))('%s: publint reports nothing, attw --profile esm-only passes on every entry, every export target is packed, LICENSE and files check out', async (_name, p) => {
    const problems = await lintPackage(p, repoRoot)
    expect(problems.map((problem) => `${problem.tool}: ${problem.message}`)).toEqual([])
  })

  it.each(packed.map((p) => [p.name, p] as const))('%s: ships ESM with types, a license and no sources', (_name, p) => {
    expect(p.manifest).toMatchObject({type: 'module', license: 'MIT', exports: {'.': {types: './dist/index.d.ts', default: './dist/index.js'}, './package.json': './package.json'}})
    expect(p.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']))
    expect(p.files.filter((file) => file.endsWith('.map')), 'source maps without their sources').toEqual([])
    expect(p.files.filter((file) => file.startsWith('src/') || file.endsWith('.test.js') || file.endsWith('.tsbuildinfo'))).toEqual([])
  })

  it.each(packed.map((p) => [p.name, p] as const))('%s: declares its runtime dependencies as caret ranges (the lockfile pins the repository)', (_name, p) => {
    const exact = Object.entries(p.manifest.dependencies ?? {}).filter(([, range]) => !/^\^\d+\.\d+\.\d+$/.test(range))
    expect(exact).toEqual([])
  })

  // These run in browsers too (a bundle of the renderer and the data is tested in Chromium by test:browser).
  it.each(packed.filter((p) => ['@org/llm-interview-data', '@org/llm-interview-renderer', '@org/llm-interview-schema'].includes(p.name)).map((p) => [p.name, p] as const))(
    '%s: imports no node: module',
    (_name, p) => {
      const imports = p.files
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => [...readFileSync(path.join(p.dir, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](node:[^'"]+|fs|path|url|os|crypto)['"]/g)].map((m) => `${file}: ${m[1]}`))
      expect(imports).toEqual([])
    }
  )

  it('reports a missing or different LICENSE, source maps without their sources, and a manifest that is not ESM only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-files-'))
    try {
      writeFileSync(path.join(dir, 'LICENSE'), 'Some other license\n')
      writeFileSync(path.join(dir, 'index.js'), 'export const a = 1\n//# sourceMappingURL=index.js.map\n')
      writeFileSync(path.join(dir, 'lib.js'), 'export const b = 1\n//# sourceMappingURL=lib.js.map\n')
      writeFileSync(path.join(dir, 'lib.js.map'), JSON.stringify({version: 3, sources: ['../src/lib.ts'], mappings: ''}))
      const manifest = {name: 'x', version: '1.0.0', type: 'commonjs', exports: {'.': {require: './index.js', default: './index.js'}}}
      const problems = (files: string[]) => fileProblems({dir, manifest, files}, repoRoot).map((p) => `${p.tool}: ${p.message}`)
      expect(problems(['package.json', 'LICENSE', 'index.js', 'lib.js', 'lib.js.map'])).toEqual([
        "license: Unexpected LICENSE different from the repository's, expected the same text (copy it from the root)",
        'sourcemap: index.js points at `index.js.map`, which is not in the package',
        'sourcemap: lib.js.map maps `../src/lib.ts`, which is not in the package (ship the sources or emit no source maps)',
        'manifest: Unexpected "type": "commonjs", expected "module" (the packages are ESM only)',
        'manifest: Unexpected "require" condition in "exports", expected ESM only (Node.js >= 20.19 can require() it)'
      ])
      expect(problems(['package.json'])[0]).toBe("license: Unexpected tarball without a LICENSE file, expected a copy of the repository's LICENSE in the package folder")
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('reports an export condition pointing at a file the tarball lacks', () => {
    const manifest = {name: 'x', version: '1.0.0', exports: {'.': {'@org/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js'}, './data/*.json': './dist/data/*.json'}}
    const problems = missingTargets({name: 'x', manifest, files: ['package.json', 'dist/index.js', 'dist/index.d.ts']})
    expect(problems.map((p) => p.message)).toEqual([
      'exports["."]["@org/source"] is `./src/index.ts`, which is not in the package',
      'exports["./data/*.json"] is `./dist/data/*.json`, which is not in the package'
    ])
  })
})

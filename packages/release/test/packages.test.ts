import {describe, expect, inject, it} from 'vitest'
import {lintPackage, missingTargets} from '../src/lint-packages.js'
import {repoRoot} from './helpers.js'

const packed = inject('packed')

describe('publishable packages, as packed', () => {
  it.each(packed.map((p) => [p.name, p] as const))('%s: publint reports nothing, attw --profile esm-only passes, every export target is packed', async (_name, p) => {
    const problems = await lintPackage(p, repoRoot)
    expect(problems.map((problem) => `${problem.tool}: ${problem.message}`)).toEqual([])
  })

  it.each(packed.map((p) => [p.name, p] as const))('%s: ships ESM with types, a license and no sources', (_name, p) => {
    expect(p.manifest).toMatchObject({type: 'module', license: 'MIT', exports: {'.': {types: './dist/index.d.ts', default: './dist/index.js'}, './package.json': './package.json'}})
    expect(p.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts']))
    expect(p.files.filter((file) => file.startsWith('src/') || file.endsWith('.test.js') || file.endsWith('.tsbuildinfo'))).toEqual([])
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

import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {dependencyVersions} from '../src/build/cache.js'

function write(file: string, manifest: object): void {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, JSON.stringify(manifest))
}

describe('dependencyVersions', () => {
  it('lists every package loaded, directly or not, as Node resolves them, and changes when one is upgraded', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-deps-'))
    write(path.join(root, 'packages/tool/package.json'), {name: 'tool', dependencies: {a: '^1.0.0'}, optionalDependencies: {c: '*'}})
    write(path.join(root, 'node_modules/a/package.json'), {name: 'a', version: '1.2.0', dependencies: {b: '^2.0.0'}})
    write(path.join(root, 'node_modules/b/package.json'), {name: 'b', version: '2.0.0'})
    // a nested copy wins over the hoisted one for its dependent, as in Node
    write(path.join(root, 'node_modules/a/node_modules/b/package.json'), {name: 'b', version: '2.1.0', dependencies: {a: '^1.0.0'}})
    expect(dependencyVersions(path.join(root, 'packages/tool'))).toEqual(['a@1.2.0', 'b@2.1.0'])
    write(path.join(root, 'node_modules/a/node_modules/b/package.json'), {name: 'b', version: '2.1.1'})
    expect(dependencyVersions(path.join(root, 'packages/tool'))).toEqual(['a@1.2.0', 'b@2.1.1'])
  })

  it('covers the packages this tool really loads', () => {
    const versions = dependencyVersions(new URL('..', import.meta.url).pathname)
    for (const name of ['unified', 'micromark', 'zod', 'vfile', '@org/llm-interview-parser']) {
      expect(versions.some((id) => id.startsWith(`${name}@`)), name).toBe(true)
    }
  })
})

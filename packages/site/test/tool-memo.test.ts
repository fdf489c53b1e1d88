import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {recalled, remember, toolMemo} from '../src/build/tool-memo.js'

describe('the remembered tool hash', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-tool-memo-'))
  const nodeModules = path.join(root, 'node_modules')
  mkdirSync(nodeModules)
  writeFileSync(path.join(nodeModules, '.package-lock.json'), '{"packages": {}}\n')
  const files = ['a.js', 'b.css'].map((name) => path.join(root, name))
  for (const file of files) writeFileSync(file, 'x')

  it('is recalled for the same files and install, and missed once a file or the install changes', async () => {
    const memo = await toolMemo(files, nodeModules)
    expect(await recalled(memo)).toBeUndefined()
    await remember(memo, 'hash-1')
    expect(await recalled(await toolMemo(files, nodeModules))).toBe('hash-1')
    // Written again with the same bytes (a rebuild, a restore from a cache): computed again.
    rmSync(files[0]!)
    writeFileSync(files[0]!, 'x')
    const rebuilt = await toolMemo(files, nodeModules)
    expect(rebuilt.fingerprint).not.toBe(memo.fingerprint)
    expect(await recalled(rebuilt)).toBeUndefined()
    await remember(rebuilt, 'hash-2')
    writeFileSync(path.join(nodeModules, '.package-lock.json'), '{"packages": {"node_modules/a": {}}}\n')
    expect(await recalled(await toolMemo(files, nodeModules))).toBeUndefined()
    // One file fewer is another tool too.
    expect((await toolMemo(files.slice(1), nodeModules)).fingerprint).not.toBe((await toolMemo(files, nodeModules)).fingerprint)
  })

  it('remembers nothing without npm’s record of the install', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'llm-interview-tool-memo-'))
    mkdirSync(path.join(bare, 'node_modules'))
    const memo = await toolMemo(files, path.join(bare, 'node_modules'))
    expect(memo.fingerprint).toBeUndefined()
    await remember(memo, 'hash')
    expect(await recalled(memo)).toBeUndefined()
  })
})

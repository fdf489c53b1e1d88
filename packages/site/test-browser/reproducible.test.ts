import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const root = new URL('../../../', import.meta.url).pathname
const bin = path.join(root, 'packages/site/bin/llm-interview.js')

/** Every file of a site (links followed) with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) found.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)))
  }
  return found
}

describe('reproducible builds', () => {
  it('two `build --pdf --no-cache` runs of the same content give the same bytes in every file, PDFs included', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-reproducible-'))
    const content = path.join(work, 'content')
    mkdirSync(path.join(content, 'backend-interview'), {recursive: true})
    writeFileSync(path.join(content, 'backend-interview', 'guide.md'), readFileSync(path.join(root, 'packages/parser/test/fixtures/valid/input.md')))
    const sites = [path.join(work, 'a'), path.join(work, 'b')]
    for (const out of sites) {
      await promisify(execFile)(process.execPath, [bin, 'build', '--quiet', '--pdf', '--no-cache', '--content', content, '--out', out], {
        cwd: work,
        env: {...process.env, SOURCE_DATE_EPOCH: '1700000000'}
      })
    }
    const [a, b] = sites.map(files) as [Map<string, Buffer>, Map<string, Buffer>]
    expect([...a.keys()].filter((file) => file.endsWith('.pdf')).length).toBeGreaterThan(2)
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort())
    const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file)
    expect(differing).toEqual([])
    const pdf = [...a].find(([file]) => file.endsWith('.pdf'))![1].toString('latin1')
    expect(pdf).toMatch(/\/CreationDate ?\(D:20231114221320/)
  }, 120_000)
})

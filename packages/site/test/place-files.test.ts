import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {sha256} from '../src/digest.js'
import {lookAhead, placeFiles, readBuiltSite, StoredFileChanged, writeManifest} from '../src/build/place-files.js'
import type {OutputFile} from '../src/build/site-file.js'

/** A build folder holding `files`, with its manifest, as a published build is. */
async function built(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-place-'))
  const {digests} = await placeFiles(dir, Object.entries(files).map(([p, content]) => ({path: p, content})), {})
  await writeManifest(dir, digests)
  return (await readBuiltSite(dir))!
}

/** Every file under `dir` with its text, the manifest left out. */
function contents(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || entry.name === '.llm-interview-site.json') continue
    const full = path.join(entry.parentPath, entry.name)
    found[path.relative(dir, full)] = readFileSync(full, 'utf8')
  }
  return found
}

const ino = (file: string) => statSync(file).ino
const site = (files: Record<string, string>): OutputFile[] => Object.entries(files).map(([p, content]) => ({path: p, content}))

describe('placeFiles', () => {
  it('links the published site’s unchanged files and writes the others, leaving the published bytes alone', async () => {
    const published = await built({'a/index.html': 'A', 'b/index.html': 'B', 'gone.txt': 'G'})
    const before = contents(published.dir)
    const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-place-'))
    const {report, digests} = await placeFiles(root, site({'a/index.html': 'A', 'b/index.html': 'B2', 'c/d/index.html': 'C'}), {published})
    expect(report).toEqual({kept: 0, linked: 1, written: 2, removed: 0})
    expect(contents(root)).toEqual({'a/index.html': 'A', 'b/index.html': 'B2', 'c/d/index.html': 'C'})
    expect(ino(path.join(root, 'a/index.html'))).toBe(ino(path.join(published.dir, 'a/index.html')))
    expect(ino(path.join(root, 'b/index.html'))).not.toBe(ino(path.join(published.dir, 'b/index.html')))
    expect(digests.get('b/index.html')).toBe(sha256('B2'))
    expect(contents(published.dir)).toEqual(before)
  })

  it('updates a reused build in place: keeps what is unchanged, replaces the rest with new files, removes what is gone', async () => {
    const published = await built({'a/index.html': 'A', 'b/index.html': 'B'})
    // The spare shares its unchanged files with the published site, as after a build that linked them.
    const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-place-'))
    const first = await placeFiles(root, site({'a/index.html': 'A', 'b/index.html': 'B', 'old/x/index.html': 'X'}), {published})
    await writeManifest(root, first.digests)
    const reused = (await readBuiltSite(root))!
    const publishedBefore = contents(published.dir)
    const keptIno = ino(path.join(root, 'a/index.html'))
    const {report} = await placeFiles(root, site({'a/index.html': 'A', 'b/index.html': 'B changed', 'new/index.html': 'N'}), {reused, published})
    expect(report).toEqual({kept: 1, linked: 0, written: 2, removed: 1})
    expect(contents(root)).toEqual({'a/index.html': 'A', 'b/index.html': 'B changed', 'new/index.html': 'N'})
    expect(ino(path.join(root, 'a/index.html'))).toBe(keptIno)
    // b/index.html was a link to the published file: replaced by a new file, never written into.
    expect(contents(published.dir)).toEqual(publishedBefore)
    expect(readdirSync(root).sort()).toEqual(['.llm-interview-site.json', 'a', 'b', 'new'])
  })

  it('takes nothing from a file changed after its manifest, even with the same size', async () => {
    const published = await built({'a/index.html': 'AAAA'})
    const file = path.join(published.dir, 'a/index.html')
    writeFileSync(file, 'EDIT')
    const later = new Date(published.writtenMs + 5_000)
    utimesSync(file, later, later)
    const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-place-'))
    const {report} = await placeFiles(root, site({'a/index.html': 'AAAA'}), {published})
    expect(report).toMatchObject({linked: 0, written: 1})
    expect(contents(root)).toEqual({'a/index.html': 'AAAA'})
  })

  it('keeps a reused build\'s files as looked at ahead, and not one already changed then', async () => {
    const root = (await built({'a/index.html': 'AAAA', 'b/index.html': 'BBBB', 'c/index.html': 'CCCC'})).dir
    const changed = path.join(root, 'b/index.html')
    writeFileSync(changed, 'EDIT')
    const later = new Date(Date.now() + 5_000)
    utimesSync(changed, later, later)
    const reused = (await readBuiltSite(root))!
    lookAhead(reused)
    expect([...reused.seen!.keys()].sort()).toEqual(['a/index.html', 'b/index.html', 'c/index.html'])
    rmSync(path.join(root, '.llm-interview-site.json'))
    const {report} = await placeFiles(root, site({'a/index.html': 'AAAA', 'b/index.html': 'BBBB', 'c/index.html': 'CCCC'}), {reused})
    expect(report).toEqual({kept: 2, linked: 0, written: 1, removed: 0})
    expect(contents(root)).toEqual({'a/index.html': 'AAAA', 'b/index.html': 'BBBB', 'c/index.html': 'CCCC'})
  })

  it('copies stored files after checking their bytes, and refuses one changed since it was recorded', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'llm-interview-store-'))
    mkdirSync(path.join(store, 'g'), {recursive: true})
    writeFileSync(path.join(store, 'g', 'page.html'), 'stored')
    const stored = {path: 'g/page.html', from: path.join(store, 'g', 'page.html'), sha256: sha256('stored'), size: 6}
    const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-place-'))
    await placeFiles(root, [stored], {})
    expect(contents(root)).toEqual({'g/page.html': 'stored'})
    writeFileSync(stored.from, 'STORED')
    await expect(placeFiles(mkdtempSync(path.join(tmpdir(), 'llm-interview-place-')), [stored], {})).rejects.toBeInstanceOf(StoredFileChanged)
  })
})

describe('readBuiltSite', () => {
  it('reads a manifest again once it was rewritten, whatever its size', async () => {
    const first = await built({'a/index.html': 'one', 'b.txt': 'two'})
    const manifest = path.join(first.dir, '.llm-interview-site.json')
    // Written a minute ago: a manifest this process keeps once read.
    const minuteAgo = new Date(Date.now() - 60_000)
    utimesSync(manifest, minuteAgo, minuteAgo)
    expect((await readBuiltSite(first.dir))?.files).toEqual(first.files)
    const before = readFileSync(manifest, 'utf8')
    // Same paths, other digests: a manifest of the very same size.
    await writeManifest(first.dir, new Map([['a/index.html', sha256('uno')], ['b.txt', sha256('dos')]]))
    expect(readFileSync(manifest, 'utf8')).toHaveLength(before.length)
    const again = await readBuiltSite(first.dir)
    expect(again?.files).toEqual({'a/index.html': sha256('uno'), 'b.txt': sha256('dos')})
  })

  it('says a folder whose manifest is gone or not the tool\'s holds no build, after having read it', async () => {
    const site = await built({'a.txt': 'x'})
    expect(await readBuiltSite(site.dir)).toBeDefined()
    writeFileSync(path.join(site.dir, '.llm-interview-site.json'), '{"generator":"someone else","files":{}}\n')
    expect(await readBuiltSite(site.dir)).toBeUndefined()
  })
})

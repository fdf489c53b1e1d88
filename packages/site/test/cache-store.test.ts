import {mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readEntry, writeEntry} from '../src/build/cache-entry.js'
import {cacheMaxBytes, pruneCache} from '../src/build/cache-prune.js'
import {BuildCache} from '../src/build/cache.js'

const scratch = () => mkdtempSync(path.join(tmpdir(), 'llm-interview-cache-'))

describe('cache entries', () => {
  it('read back what was written, and read as missing (and are removed) when changed or cut short', async () => {
    const dir = scratch()
    const file = path.join(dir, 'kind', 'entry.pdf')
    await writeEntry(file, Buffer.from('%PDF-1.7 some bytes'))
    expect((await readEntry(file))?.toString()).toBe('%PDF-1.7 some bytes')
    expect(readdirSync(path.dirname(file))).toEqual(['entry.pdf'])
    const bytes = readFileSync(file)
    writeFileSync(file, Buffer.concat([bytes.subarray(0, -1), Buffer.from('X')]))
    expect(await readEntry(file)).toBeUndefined()
    expect(readdirSync(path.dirname(file))).toEqual([])
    await writeEntry(file, Buffer.from('%PDF-1.7 some bytes'))
    writeFileSync(file, readFileSync(file).subarray(0, -3))
    expect(await readEntry(file)).toBeUndefined()
    writeFileSync(file, '{"a":1}')
    expect(await readEntry(file)).toBeUndefined()
    expect(await readEntry(path.join(dir, 'absent'))).toBeUndefined()
  })

  it('make a corrupt JSON result a miss of the build cache', async () => {
    const dir = scratch()
    await new BuildCache(dir).set('render', 'k', {pages: 3})
    expect(await new BuildCache(dir).get('render', 'k')).toEqual({pages: 3})
    const file = path.join(dir, 'render', 'k.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('3', '4'))
    expect(await new BuildCache(dir).get('render', 'k')).toBeUndefined()
  })
})

describe('pruneCache', () => {
  it('removes the least recently used entries until the folder fits, never the kept ones, and stale temporary files', async () => {
    const dir = scratch()
    const entry = async (name: string, age: number) => {
      const file = path.join(dir, 'pdf', name)
      await writeEntry(file, Buffer.alloc(1000))
      const when = new Date(Date.now() - age * 1000)
      utimesSync(file, when, when)
      return file
    }
    const oldest = await entry('a.pdf', 300)
    await entry('b.pdf', 200)
    await entry('c.pdf', 100)
    const newest = await entry('d.pdf', 0)
    writeFileSync(path.join(dir, 'pdf', 'e.pdf.1-ab.tmp'), 'partial')
    utimesSync(path.join(dir, 'pdf', 'e.pdf.1-ab.tmp'), new Date(0), new Date(0))
    writeFileSync(path.join(dir, 'pdf', 'f.pdf.2-cd.tmp'), 'being written')
    const removed = await pruneCache(dir, {maxBytes: 2500, keep: new Set([oldest])})
    expect(readdirSync(path.join(dir, 'pdf')).sort()).toEqual(['a.pdf', 'd.pdf', 'f.pdf.2-cd.tmp'])
    expect(removed).toBe(3)
    expect(await readEntry(newest)).toHaveLength(1000)
  })

  it('takes its bound from LLM_INTERVIEW_CACHE_MAX_MB', () => {
    expect(cacheMaxBytes({LLM_INTERVIEW_CACHE_MAX_MB: '2'})).toBe(2 * 1024 * 1024)
    expect(cacheMaxBytes({LLM_INTERVIEW_CACHE_MAX_MB: 'lots'})).toBe(cacheMaxBytes({}))
  })
})

describe('BuildCache.forgetUnused', () => {
  it('keeps in memory only the results read or written since the last call', async () => {
    const cache = new BuildCache()
    await cache.set('parse', 'old', {n: 1})
    await cache.set('parse', 'kept', {n: 2})
    cache.forgetUnused()
    expect(await cache.get('parse', 'kept')).toEqual({n: 2})
    await cache.set('parse', 'new', {n: 3})
    cache.forgetUnused()
    expect(await cache.get('parse', 'old')).toBeUndefined()
    expect(await cache.get('parse', 'kept')).toEqual({n: 2})
    expect(await cache.get('parse', 'new')).toEqual({n: 3})
  })
})

import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {SaveSettler} from '../src/dev/settle.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A settler over one file that counts its runs and keeps the file's text at the last run. */
function settler(options: {quiet?: number; emptyGrace?: number; errorQuiet?: number}) {
  let runs = 0
  let seen: string | undefined
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-settle-')), 'guide.md')
  const instance = new SaveSettler(() => {
    runs++
    seen = readFileSync(file, 'utf8')
  }, options)
  return {file, instance, runs: () => runs, seen: () => seen}
}

describe('SaveSettler', () => {
  it('runs once for a burst of changes, after the last', async () => {
    const {file, instance, runs, seen} = settler({quiet: 500, emptyGrace: 2000})
    for (const part of ['a', 'ab', 'abc']) {
      writeFileSync(file, part)
      instance.changed(file)
      await sleep(5)
    }
    await expect.poll(runs).toBe(1)
    expect(seen()).toBe('abc')
    instance.close()
  })

  it('waits while a saved source is empty, and builds what is written within the grace', async () => {
    const {file, instance, runs, seen} = settler({quiet: 20, emptyGrace: 5000})
    writeFileSync(file, '')
    instance.changed(file)
    await sleep(200)
    expect(runs()).toBe(0)
    writeFileSync(file, 'written')
    instance.changed(file)
    await expect.poll(runs).toBe(1)
    expect(seen()).toBe('written')
    instance.close()
  })

  it('by default builds a saved source with content without waiting for quiet', async () => {
    const {file, instance, runs, seen} = settler({})
    writeFileSync(file, 'saved')
    instance.changed(file)
    await expect.poll(runs).toBe(1)
    expect(seen()).toBe('saved')
    instance.close()
  })

  it('lets errors show once the sources stay unchanged, not when a change overtakes them', async () => {
    const {file, instance} = settler({errorQuiet: 60_000})
    writeFileSync(file, 'half')
    instance.changed(file)
    const overtaken = instance.errorsWait()
    writeFileSync(file, 'half and the rest')
    instance.changed(file)
    expect(await overtaken).toBe(false)
    instance.close()
    const quiet = settler({errorQuiet: 20})
    writeFileSync(quiet.file, 'whole')
    quiet.instance.changed(quiet.file)
    expect(await quiet.instance.errorsWait()).toBe(true)
    // With no change at all (the first build), at once.
    expect(await settler({errorQuiet: 60_000}).instance.errorsWait()).toBe(true)
    quiet.instance.close()
  })

  it('builds a source that stays empty once the grace is over', async () => {
    const {file, instance, runs, seen} = settler({quiet: 20, emptyGrace: 200})
    writeFileSync(file, '')
    instance.changed(file)
    await expect.poll(runs, {timeout: 5000}).toBe(1)
    expect(seen()).toBe('')
    instance.close()
  })
})

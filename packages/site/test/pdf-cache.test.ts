import {chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {chromiumPath} from '../src/build/browser.js'
import {contentCopy} from './content.js'
import {runCli} from './run-cli.js'

// Both fixture guides without their releases: ml-platform has 3 levels (4
// print documents), backend-interview 2 (3), so 7 PDFs in all.
const realChromium = chromiumPath()

/** What one build reported about its PDFs, and the PDFs it published by path. */
interface Printed {
  printed: number
  cached: number
  launches: number
  pdfs: Map<string, string>
}

describe.skipIf(!realChromium)('PDFs from the build cache', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'llm-interview-pdf-cache-'))
  const content = contentCopy(['ml-platform', 'backend-interview'], {released: false})
  const cacheDir = path.join(scratch, 'cache')
  const out = path.join(scratch, 'site')
  const launchLog = path.join(scratch, 'launches.log')
  const previousPath = process.env.CHROMIUM_PATH

  beforeAll(() => {
    // A Chromium that records every start of the browser (asking its version is not one).
    const wrapper = path.join(scratch, 'chromium')
    writeFileSync(wrapper, `#!/bin/sh\n[ "$1" = --version ] || echo launch >> '${launchLog}'\nexec '${realChromium}' "$@"\n`)
    chmodSync(wrapper, 0o755)
    writeFileSync(launchLog, '')
    process.env.CHROMIUM_PATH = wrapper
  })

  afterAll(() => {
    if (previousPath === undefined) delete process.env.CHROMIUM_PATH
    else process.env.CHROMIUM_PATH = previousPath
  })

  const build = async (): Promise<Printed> => {
    const result = await runCli(['build', '--pdf', '--content', content, '--out', out, '--cache', cacheDir])
    expect(result.code, result.stderr).toBe(0)
    const line = /^PDFs: 7 files, \d+ KiB \((\d+) printed, (\d+) from the cache\)$/m.exec(result.stderr)
    expect(line, result.stderr).not.toBeNull()
    const pdfs = new Map<string, string>()
    for (const file of readdirSync(out, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.pdf'))) {
      pdfs.set(file, readFileSync(path.join(out, file)).toString('base64'))
    }
    return {printed: Number(line![1]), cached: Number(line![2]), launches: readFileSync(launchLog, 'utf8').split('\n').filter(Boolean).length, pdfs}
  }

  let first: Printed
  it('prints every PDF once, in one browser', async () => {
    first = await build()
    expect(first).toMatchObject({printed: 7, cached: 0, launches: 1})
    expect(first.pdfs.size).toBe(7)
  }, 180_000)

  it('prints nothing and starts no browser when nothing changed, publishing the same bytes', async () => {
    const second = await build()
    expect(second).toMatchObject({printed: 0, cached: 7, launches: 1})
    expect(second.pdfs).toEqual(first.pdfs)
  }, 60_000)

  let edited: Printed
  it('reprints only the PDFs of the guide that changed', async () => {
    const guide = path.join(content, 'backend-interview', 'guide.md')
    writeFileSync(guide, replaceOnce(readFileSync(guide, 'utf8'), '- HTTP/2 的多路复用是什么?', '- HTTP/3 为什么改用 QUIC?'))
    edited = await build()
    expect(edited).toMatchObject({printed: 3, cached: 4, launches: 2})
    for (const [file, bytes] of edited.pdfs) {
      if (file.startsWith('ml-platform/')) expect(bytes, file).toBe(first.pdfs.get(file))
      else expect(bytes, file).not.toBe(first.pdfs.get(file))
    }
  }, 120_000)

  it('reprints an entry that was corrupted or cut short, and publishes the right bytes', async () => {
    // Entries the next build needs: those holding a PDF the last build published (the cache keeps older ones too).
    const published = [...edited.pdfs.values()].map((base64) => Buffer.from(base64, 'base64'))
    const entries = readdirSync(path.join(cacheDir, 'pdf'))
      .sort()
      .filter((entry) => published.some((pdf) => readFileSync(path.join(cacheDir, 'pdf', entry)).includes(pdf)))
    expect(entries).toHaveLength(7)
    const flipped = path.join(cacheDir, 'pdf', entries[0]!)
    const bytes = readFileSync(flipped)
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff
    writeFileSync(flipped, bytes)
    const cut = path.join(cacheDir, 'pdf', entries[1]!)
    writeFileSync(cut, readFileSync(cut).subarray(0, 1000))
    const repaired = await build()
    expect(repaired).toMatchObject({printed: 2, cached: 5, launches: 3})
    expect(repaired.pdfs).toEqual(edited.pdfs)
    expect((await build()).printed).toBe(0)
  }, 120_000)
})

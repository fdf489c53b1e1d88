// Live preview latency: from saving a one-line edit to the page showing it
// (rebuild, reload event, fetch). Used by bench.mjs; runnable alone.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {startDevServer} from '@org/llm-interview-site'
import {median} from './measure.mjs'
import {writeRelease} from './release.mjs'

/** Median milliseconds from an edit of the seed's `next` to the edited page, over `runs` edits. */
export async function devLatency(seed, runs) {
  const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-dev-bench-'))
  mkdirSync(path.join(work, 'llm-interview', 'versions'), {recursive: true})
  writeRelease(path.join(work, 'llm-interview'), '1.0.0', seed)
  writeFileSync(path.join(work, 'llm-interview', 'guide.md'), seed)
  const server = await startDevServer({contentDir: work, port: 0, log: () => {}})
  const latencies = []
  try {
    for (let i = 0; i < runs + 2; i++) {
      const events = await fetch(`${server.url}__dev/events`)
      const reader = events.body.getReader()
      await reader.read()
      const started = performance.now()
      writeFileSync(path.join(work, 'llm-interview', 'guide.md'), seed.replace('Transformer架构核心机制', `Transformer架构核心机制 ${i}`))
      let text = ''
      while (!text.includes('event: reload')) text += new TextDecoder().decode((await reader.read()).value)
      const page = await (await fetch(`${server.url}llm-interview/next/`)).text()
      if (!page.includes(`Transformer架构核心机制 ${i}`)) throw new Error('the edit is not on the page')
      latencies.push(performance.now() - started)
      await reader.cancel()
    }
  } finally {
    await server.close()
    rmSync(work, {recursive: true, force: true})
  }
  // The first two edits warm the JIT and the caches.
  return median(latencies.slice(2))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = readFileSync(new URL('../../../content/llm-interview/guide.md', import.meta.url), 'utf8')
  console.log(`edit to reload: ${(await devLatency(seed, Number(process.env.RUNS ?? 5))).toFixed(0)} ms`)
}

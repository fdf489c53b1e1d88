import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median milliseconds of `runs` calls of `fn` (after one warm-up call). */
export function timeIt(fn, runs) {
  fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    fn()
    times.push(performance.now() - started)
  }
  return median(times)
}

/**
 * Wall time (ms), CPU time (ms) and peak memory (KiB) of a process, medians of `runs` runs,
 * with the exit status and output of the last run. Any exit status other
 * than those in `statuses` fails the measurement.
 */
export function timeProcess(args, runs, {cwd, timeout = 600_000, statuses = [0]} = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-'))
  const rssFile = path.join(scratch, 'rss')
  const times = []
  const rss = []
  const cpus = []
  let last
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const result = spawnSync(process.execPath, ['--import', new URL('./rss.mjs', import.meta.url).href, ...args], {
      cwd,
      timeout,
      env: {...process.env, BENCH_RSS_FILE: rssFile, TURBO_TELEMETRY_DISABLED: '1'},
      encoding: 'utf8'
    })
    const elapsed = performance.now() - started
    if (result.error?.code === 'ETIMEDOUT' || result.signal) {
      rmSync(scratch, {recursive: true, force: true})
      return {ms: Infinity, cpuMs: NaN, rssKiB: NaN, timedOut: true, status: null, stdout: '', stderr: ''}
    }
    if (!statuses.includes(result.status)) throw new Error(`${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`)
    last = result
    times.push(elapsed)
    const [maxRss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number)
    rss.push(maxRss)
    cpus.push(cpu)
  }
  rmSync(scratch, {recursive: true, force: true})
  return {ms: median(times), cpuMs: median(cpus), rssKiB: median(rss), timedOut: false, status: last?.status, stdout: last?.stdout ?? '', stderr: last?.stderr ?? ''}
}

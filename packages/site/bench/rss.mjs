// Preloaded into measured processes: writes their peak resident memory (KiB)
// and the CPU time they used (ms, user + system) on exit.
import {writeFileSync} from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`)
})

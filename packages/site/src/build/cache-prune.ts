import {readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {statOrNone} from './sync-fs.js'

/** Default bound of a cache folder: 512 MiB (`LLM_INTERVIEW_CACHE_MAX_MB` changes it). */
export const defaultCacheMaxBytes = 512 * 1024 * 1024

/** How old a writer's temporary file must be before it counts as left by a killed process. */
const staleTempMs = 60 * 60 * 1000

/**
 * Bounds a cache folder to `maxBytes`: removes the temporary files killed
 * writers left, then the least recently used entries (oldest modification
 * time: a hit touches its entry) until the rest fit. Entries in `keep` (the
 * ones the current build read or wrote) are never removed, so a build's
 * own results always survive it. Returns the number of files removed.
 */
export async function pruneCache(dir: string, options: {maxBytes: number; keep: ReadonlySet<string>}): Promise<number> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  const files: {file: string; bytes: number; used: number}[] = []
  let removed = 0
  const now = Date.now()
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const info = statOrNone(file)
    if (!info) continue
    if (entry.name.endsWith('.tmp')) {
      if (now - info.mtimeMs > staleTempMs) {
        await rm(file, {force: true})
        removed++
      }
      continue
    }
    files.push({file, bytes: info.size, used: info.mtimeMs})
  }
  let total = files.reduce((sum, f) => sum + f.bytes, 0)
  files.sort((a, b) => a.used - b.used)
  for (const {file, bytes} of files) {
    if (total <= options.maxBytes) break
    if (options.keep.has(file)) continue
    await rm(file, {force: true})
    total -= bytes
    removed++
  }
  return removed
}

/** The bound from `LLM_INTERVIEW_CACHE_MAX_MB`, else the default. */
export function cacheMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.LLM_INTERVIEW_CACHE_MAX_MB)
  return env.LLM_INTERVIEW_CACHE_MAX_MB !== undefined && Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : defaultCacheMaxBytes
}

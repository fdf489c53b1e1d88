import {createHash} from 'node:crypto'
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readEntry, writeEntry} from './cache-entry.js'
import {cacheMaxBytes, pruneCache} from './cache-prune.js'
import {recalled, remember, toolMemo} from './tool-memo.js'

/**
 * Results of earlier work, keyed by a hash of everything they depend on:
 * kept in memory for the life of the process (the dev server) and, with a
 * folder, on disk between builds. Each file on disk carries the digest of
 * its bytes (a partial or corrupt one reads as missing) and is written
 * atomically; `prune` bounds the folder. Deleting the folder only costs time.
 */
export class BuildCache {
  private readonly memory = new Map<string, unknown>()
  /** Results in memory read or written since the last `forgetUnused`. */
  private readonly recent = new Set<string>()
  /** Files of the folder this process read or wrote: pruning keeps them. */
  private readonly used = new Set<string>()

  /**
   * `dir`: the folder results are kept in. `layers`: folders of other
   * caches read when `dir` misses, never written (the per-guide parts a
   * turbo task wrote, see `llm-interview part`).
   */
  constructor(
    private readonly dir?: string,
    private readonly layers: readonly string[] = []
  ) {}

  async get<T>(kind: string, key: string): Promise<T | undefined> {
    const id = `${kind}/${key}`
    if (this.memory.has(id)) {
      this.recent.add(id)
      return this.memory.get(id) as T
    }
    const bytes = await this.getBytes(kind, `${key}.json`)
    if (bytes === undefined) return undefined
    try {
      const value = JSON.parse(bytes.toString('utf8')) as T
      this.memory.set(id, value)
      this.recent.add(id)
      return value
    } catch {
      return undefined
    }
  }

  async set(kind: string, key: string, value: unknown): Promise<void> {
    this.memory.set(`${kind}/${key}`, value)
    this.recent.add(`${kind}/${key}`)
    // Without a folder, no need to serialize (a parsed guide is ~100 KB of JSON).
    if (this.dir) await this.setBytes(kind, `${key}.json`, Buffer.from(JSON.stringify(value)))
  }

  /** Bytes stored on disk under `kind/name` (never kept in memory: PDFs are large), checked against their digest. */
  async getBytes(kind: string, name: string): Promise<Buffer | undefined> {
    if (!this.dir) return undefined
    const file = path.join(this.dir, kind, name)
    const bytes = await readEntry(file)
    if (bytes) {
      this.used.add(file)
      return bytes
    }
    for (const layer of this.layers) {
      const found = await readEntry(path.join(layer, kind, name), {readOnly: true})
      if (found) return found
    }
    return undefined
  }

  async setBytes(kind: string, name: string, bytes: Uint8Array): Promise<void> {
    if (!this.dir) return
    const file = path.join(this.dir, kind, name)
    await writeEntry(file, bytes)
    this.used.add(file)
  }

  /**
   * Drops from memory the results not read or written since the last call,
   * so a long-running process (the preview, after each build) keeps those
   * of its current sources rather than those of every edit it saw.
   */
  forgetUnused(): void {
    for (const id of this.memory.keys()) if (!this.recent.has(id)) this.memory.delete(id)
    this.recent.clear()
  }

  /** Whether results are kept between processes. */
  get persistent(): boolean {
    return this.dir !== undefined
  }

  /** Bounds the folder to `maxBytes`, least recently used first, keeping what this process used. */
  async prune(maxBytes: number = cacheMaxBytes()): Promise<number> {
    return this.dir ? pruneCache(this.dir, {maxBytes, keep: this.used}) : 0
  }
}

/** A hex digest of the given parts. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 32)
}

let toolHash: Promise<string> | undefined

/**
 * A hash of everything that produces cached results: the built packages and
 * the stylesheet, the name and version of every package they load (their
 * dependencies, found as Node finds them), and Node's version. A new
 * version of the tool or of any dependency never reuses old results.
 */
export function toolVersion(): Promise<string> {
  toolHash ??= (async () => {
    const packages = fileURLToPath(new URL('../../../', import.meta.url))
    const lists = await Promise.all(
      ['schema/dist', 'parser/dist', 'renderer/dist', 'renderer/styles', 'site/dist'].map(async (dir) => {
        const files = await readdir(path.join(packages, dir), {recursive: true}).catch(() => [] as string[])
        return files.filter((f) => /\.(js|css)$/.test(f)).sort().map((file) => ({file, full: path.join(packages, dir, file)}))
      })
    )
    const files = lists.flat()
    // Remembered between processes while none of these files and no installed package changed (see tool-memo.ts).
    const memo = await toolMemo(files.map((f) => f.full), path.join(packages, '..', 'node_modules'))
    const known = await recalled(memo)
    if (known) return known
    const hash = createHash('sha256')
    // Read at once, hashed in a fixed order.
    const bytes = files.map(({full}) => readFile(full))
    for (const [index, {file}] of files.entries()) hash.update(file).update(await bytes[index]!)
    hash.update(process.version)
    for (const id of dependencyVersions(path.join(packages, 'site'))) hash.update(id).update('\0')
    const value = hash.digest('hex').slice(0, 16)
    await remember(memo, value)
    return value
  })()
  return toolHash
}

/** `name@version` of every package `root`'s package depends on, directly or not, sorted. */
export function dependencyVersions(root: string): string[] {
  const seen = new Map<string, string>()
  // Most packages are shared: each `node_modules/<name>` folder is looked at once.
  const looked = new Map<string, {dir: string; version: string} | undefined>()
  const lookAt = (candidate: string) => {
    if (!looked.has(candidate)) {
      const manifest = existsSync(candidate) ? readManifest(candidate) : undefined
      looked.set(candidate, manifest ? {dir: realpathSync(candidate), version: manifest.version ?? '0.0.0'} : undefined)
    }
    return looked.get(candidate)
  }
  // The nearest `node_modules/name` up the tree from `from`, as Node resolves it.
  const findPackage = (from: string, name: string) => {
    for (let dir = from; ; dir = path.dirname(dir)) {
      const found = lookAt(path.join(dir, 'node_modules', name))
      if (found) return found
      if (path.dirname(dir) === dir) return undefined
    }
  }
  const pending = [root]
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const manifest = readManifest(dir)
    const names = Object.keys({...manifest?.dependencies, ...manifest?.optionalDependencies, ...manifest?.peerDependencies})
    for (const name of names) {
      const found = findPackage(dir, name)
      if (!found || seen.has(found.dir)) continue
      seen.set(found.dir, `${name}@${found.version}`)
      pending.push(found.dir)
    }
  }
  return [...new Set(seen.values())].sort()
}

interface Manifest {
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

// Synchronous on purpose: a hundred small reads, several times faster than awaiting each.
function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

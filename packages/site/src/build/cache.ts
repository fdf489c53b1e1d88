import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * Results of earlier work, keyed by a hash of everything they depend on:
 * kept in memory for the life of the process (the dev server) and, with a
 * folder, on disk between builds. Deleting the folder only costs time.
 */
export class BuildCache {
  private readonly memory = new Map<string, unknown>()

  constructor(private readonly dir?: string) {}

  async get<T>(kind: string, key: string): Promise<T | undefined> {
    const id = `${kind}/${key}`
    if (this.memory.has(id)) return this.memory.get(id) as T
    if (!this.dir) return undefined
    const text = await readFile(path.join(this.dir, kind, `${key}.json`), 'utf8').catch(() => undefined)
    if (text === undefined) return undefined
    try {
      const value = JSON.parse(text) as T
      this.memory.set(id, value)
      return value
    } catch {
      return undefined
    }
  }

  async set(kind: string, key: string, value: unknown): Promise<void> {
    this.memory.set(`${kind}/${key}`, value)
    if (!this.dir) return
    const file = path.join(this.dir, kind, `${key}.json`)
    await mkdir(path.dirname(file), {recursive: true})
    // Write then rename, so a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`
    await writeFile(partial, JSON.stringify(value))
    await rename(partial, file)
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
 * A hash of the code that produces cached results (the built packages and
 * the stylesheet), so a new version of the tool never reuses old results.
 */
export function toolVersion(): Promise<string> {
  toolHash ??= (async () => {
    const packages = fileURLToPath(new URL('../../../', import.meta.url))
    const hash = createHash('sha256')
    for (const dir of ['schema/dist', 'parser/dist', 'renderer/dist', 'renderer/styles', 'site/dist']) {
      const files = await readdir(path.join(packages, dir), {recursive: true}).catch(() => [] as string[])
      for (const file of files.filter((f) => /\.(js|css)$/.test(f)).sort()) {
        hash.update(file).update(await readFile(path.join(packages, dir, file)))
      }
    }
    return hash.digest('hex').slice(0, 16)
  })()
  return toolHash
}

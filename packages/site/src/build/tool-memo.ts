import {createHash} from 'node:crypto'
import {lstat, mkdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * The tool's hash (see `toolVersion`) remembered between processes, keyed
 * by a fingerprint of what it was computed from: the path, size,
 * modification time and inode of every file hashed, the npm install
 * (`node_modules/.package-lock.json`, which npm rewrites whenever it
 * changes `node_modules`) and Node's version. Any
 * change to them (a rebuild, a restore from turbo's cache, an install)
 * misses, and the hash is computed again from the bytes. Without npm's
 * hidden lockfile nothing is remembered.
 */
export interface ToolMemo {
  /** The fingerprint of `files` and the install, or undefined when it cannot be trusted. */
  fingerprint: string | undefined
  /** Where the memo is kept. */
  file: string
}

/** The fingerprint of the given files (absolute paths) and of the install under `nodeModules`. */
export async function toolMemo(files: readonly string[], nodeModules: string): Promise<ToolMemo> {
  const file = path.join(nodeModules, '.cache', 'llm-interview', 'tool-version.json')
  const install = await lstat(path.join(nodeModules, '.package-lock.json')).catch(() => undefined)
  if (!install?.isFile()) return {fingerprint: undefined, file}
  const hash = createHash('sha256').update(process.version).update(`${install.size} ${install.mtimeMs} ${install.ino}\0`)
  const infos = await Promise.all(files.map((name) => stat(name).catch(() => undefined)))
  for (const [index, name] of files.entries()) {
    const info = infos[index]
    hash.update(`${name} ${info ? `${info.size} ${info.mtimeMs} ${info.ino}` : 'missing'}\0`)
  }
  return {fingerprint: hash.digest('hex'), file}
}

/** The hash remembered for `memo`'s fingerprint, if any. */
export async function recalled(memo: ToolMemo): Promise<string | undefined> {
  if (!memo.fingerprint) return undefined
  try {
    const saved = JSON.parse(await readFile(memo.file, 'utf8')) as {fingerprint?: string; hash?: string}
    return saved.fingerprint === memo.fingerprint && typeof saved.hash === 'string' ? saved.hash : undefined
  } catch {
    return undefined
  }
}

/** Remembers `hash` for `memo`'s fingerprint (written beside and renamed; a failure only costs time). */
export async function remember(memo: ToolMemo, hash: string): Promise<void> {
  if (!memo.fingerprint) return
  const temporary = `${memo.file}.${process.pid}.tmp`
  try {
    await mkdir(path.dirname(memo.file), {recursive: true})
    await writeFile(temporary, JSON.stringify({fingerprint: memo.fingerprint, hash}) + '\n')
    await rename(temporary, memo.file)
  } catch {
    // Read-only install: the hash is computed each time.
  }
}

import {randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, rm, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {sha256} from '../digest.js'

/**
 * One file of the build cache: a first line naming the digest and length of
 * the bytes that follow, so a file cut short by a crash or changed on disk
 * reads as missing (and is redone), never as a wrong result.
 */
const magic = 'llm-interview-cache-1'

/**
 * The bytes stored at `file`, or undefined when it is missing, partial or
 * corrupt (a corrupt file is removed, unless `readOnly`).
 */
export async function readEntry(file: string, options: {readOnly?: boolean} = {}): Promise<Buffer | undefined> {
  const data = await readFile(file).catch(() => undefined)
  if (!data) return undefined
  const newline = data.indexOf(10)
  const header = newline === -1 ? [] : data.subarray(0, newline).toString('latin1').split(' ')
  const body = data.subarray(newline + 1)
  if (header[0] !== magic || header[2] !== String(body.byteLength) || header[1] !== sha256(body)) {
    if (!options.readOnly) await rm(file, {force: true})
    return undefined
  }
  if (options.readOnly) return body
  // A hit marks the entry as recently used: pruning removes the least recently used first.
  const now = new Date()
  await utimes(file, now, now).catch(() => undefined)
  return body
}

/** Stores `bytes` at `file` atomically: written beside it under a unique name, then renamed over it. */
export async function writeEntry(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(partial, Buffer.concat([Buffer.from(`${magic} ${sha256(bytes)} ${bytes.byteLength}\n`, 'latin1'), bytes]))
    await rename(partial, file)
  } catch (error) {
    await rm(partial, {force: true})
    throw error
  }
}

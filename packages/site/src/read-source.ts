import {constants, type Stats} from 'node:fs'
import {open, stat, type FileHandle} from 'node:fs/promises'
import {limits, parserMessages} from '@org/llm-interview-parser'
import {siteProblem, type SiteProblem} from './messages/localize.js'

/** Why a source could not be read, as a message for the editor (see messages/catalogue.ts). */
export type ReadProblem = SiteProblem

export type ReadResult = {ok: true; bytes: Uint8Array} | {ok: false; problem: ReadProblem}

const chunkSize = 64 * 1024

/**
 * Reads a guide source safely: only a regular file is opened for reading
 * (a FIFO, a device, a socket or a folder is refused before any read, so
 * nothing blocks or streams forever), and at most `limit + 1` bytes are
 * read, so a file over the limit costs no more than the limit. Every
 * failure is a problem with a position and a hint, never a thrown error.
 */
export async function readSource(filePath: string, limit: number = limits.bytes): Promise<ReadResult> {
  const info = await stat(filePath).catch((error: unknown) => error as NodeJS.ErrnoException)
  if (info instanceof Error) return {ok: false, problem: systemProblem(info)}
  if (!info.isFile()) return {ok: false, problem: kindProblem(info)}
  // O_NONBLOCK: if the path was swapped for a FIFO since `stat`, opening
  // it must not wait for a writer; the `stat` of the handle then refuses it.
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => error as NodeJS.ErrnoException)
  if (handle instanceof Error) return {ok: false, problem: systemProblem(handle)}
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) return {ok: false, problem: kindProblem(opened)}
    const bytes = await readAtMost(handle, limit + 1)
    if (bytes.byteLength > limit) return {ok: false, problem: tooLarge(bytes, Math.max(opened.size, bytes.byteLength), limit)}
    return {ok: true, bytes}
  } catch (error) {
    return {ok: false, problem: systemProblem(error as NodeJS.ErrnoException)}
  } finally {
    await handle.close()
  }
}

async function readAtMost(handle: FileHandle, most: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  while (total < most) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkSize, most - total))
    const {bytesRead} = await handle.read(chunk, 0, chunk.byteLength, null)
    if (bytesRead === 0) break
    chunks.push(chunk.subarray(0, bytesRead))
    total += bytesRead
  }
  return Buffer.concat(chunks, total)
}

const folderProblem: ReadProblem = siteProblem('not-a-file/folder', {})

/** The same finding the parser gives for a string over the limit, from its first `limit + 1` bytes. */
function tooLarge(head: Uint8Array, size: number, limit: number): ReadProblem {
  let line = 1
  for (let index = 0; index < limit; index++) if (head[index] === 0x0a) line++
  const params = {megabytes: (size / 1024 / 1024).toFixed(1), max: limit / 1024 / 1024}
  const text = parserMessages['too-large'].en(params)
  return {line, column: 1, ruleId: 'too-large', reason: text.reason, hint: text.hint, ref: {key: 'too-large', params}}
}

function kindProblem(info: Stats): ReadProblem {
  if (info.isDirectory()) return folderProblem
  const kind = info.isFIFO() ? 'fifo' : info.isCharacterDevice() ? 'character-device' : info.isBlockDevice() ? 'block-device' : info.isSocket() ? 'socket' : 'other'
  return siteProblem('not-a-file/special', {kind})
}

function systemProblem(error: NodeJS.ErrnoException): ReadProblem {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return siteProblem('no-such-path/file', {})
    case 'EACCES':
    case 'EPERM':
      return siteProblem('unreadable/permission', {})
    case 'ELOOP':
      return siteProblem('unreadable/loop', {})
    case 'EISDIR':
      return folderProblem
    default:
      return siteProblem('unreadable/failure', {code: error.code ?? error.message})
  }
}

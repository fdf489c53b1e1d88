import {constants, type Stats} from 'node:fs'
import {open, stat, type FileHandle} from 'node:fs/promises'
import {limits} from '@org/llm-interview-parser'

/** Why a source could not be read, as a message for the editor. */
export interface ReadProblem {
  reason: string
  hint: string
  ruleId: string
  line: number
  column: number
}

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

const fileStart = {line: 1, column: 1}

const folderProblem: ReadProblem = {
  ...fileStart,
  ruleId: 'not-a-file',
  reason: 'Unexpected folder, expected a guide file',
  hint: 'Give the folder that holds the guides (e.g. `content`), or a `guide.md` or `versions/<x.y.z>.md` file in it.'
}

/** The same finding the parser gives for a string over the limit, from its first `limit + 1` bytes. */
function tooLarge(head: Uint8Array, size: number, limit: number): ReadProblem {
  let line = 1
  for (let index = 0; index < limit; index++) if (head[index] === 0x0a) line++
  return {
    line,
    column: 1,
    ruleId: 'too-large',
    reason: `Unexpected guide of ${(size / 1024 / 1024).toFixed(1)} MB, expected at most ${limit / 1024 / 1024} MB`,
    hint: 'A guide this large is likely a mistake (a pasted file?); split it into several guides.'
  }
}

function kindProblem(info: Stats): ReadProblem {
  if (info.isDirectory()) return folderProblem
  const kind = info.isFIFO() ? 'named pipe (FIFO)' : info.isCharacterDevice() ? 'character device' : info.isBlockDevice() ? 'block device' : info.isSocket() ? 'socket' : 'special file'
  return {
    ...fileStart,
    ruleId: 'not-a-file',
    reason: `Unexpected ${kind}, expected a regular guide file`,
    hint: 'Only regular files are read (a pipe or device could block or never end); give the path of a Markdown file.'
  }
}

function systemProblem(error: NodeJS.ErrnoException): ReadProblem {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return {...fileStart, ruleId: 'no-such-path', reason: 'Unexpected missing file, expected a guide file', hint: 'Check the path; run `llm-interview check content` to check every guide.'}
    case 'EACCES':
    case 'EPERM':
      return {
        ...fileStart,
        ruleId: 'unreadable',
        reason: 'Unexpected file without read permission, expected a file you can read',
        hint: 'Give yourself read access (e.g. `chmod u+r` on the file, and `chmod u+x` on its folders) or run the command as the file\'s owner.'
      }
    case 'ELOOP':
      return {...fileStart, ruleId: 'unreadable', reason: 'Unexpected loop of symbolic links, expected a guide file', hint: 'Point the link at the real file.'}
    case 'EISDIR':
      return folderProblem
    default:
      return {
        ...fileStart,
        ruleId: 'unreadable',
        reason: `Unexpected failure reading the file (${error.code ?? error.message}), expected a readable guide file`,
        hint: 'Check the file and the disk it is on, then run the command again.'
      }
  }
}

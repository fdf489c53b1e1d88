import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs'

// Synchronous file system reads for loops over hundreds of small files (a
// guide's sources, a part's files, cache entries): there a promise, a
// file handle and a thread pool round trip each cost more than the call.

/** The file's stats, or undefined when it is missing or unreadable. */
export function statOrNone(file: string): Stats | undefined {
  try {
    return statSync(file, {throwIfNoEntry: false})
  } catch {
    return undefined
  }
}

/** The file's bytes, or undefined when it is missing or unreadable. */
export function readOrNone(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** The names in a folder, or none when it is missing or unreadable. */
export function readdirOrNone(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

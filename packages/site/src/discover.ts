import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** A guide source file and the version it holds. */
export interface GuideSource {
  /** Path as given or found, relative to the working directory when possible. */
  path: string
  /** Guide id from the folder layout (`content/<id>/...`). */
  folderId: string
  /** `next` for `guide.md`, the semver for `versions/<x.y.z>.md`. */
  version: string
}

const semverFile = /^(\d+\.\d+\.\d+)\.md$/

/** The source a path holds under the content layout, or undefined. */
export function classify(file: string): GuideSource | undefined {
  const base = path.basename(file)
  const dir = path.dirname(file)
  if (base === 'guide.md') return {path: file, folderId: path.basename(dir), version: 'next'}
  const release = semverFile.exec(base)
  if (release && path.basename(dir) === 'versions') {
    return {path: file, folderId: path.basename(path.dirname(dir)), version: release[1]!}
  }
  return undefined
}

/**
 * Finds the guide sources under the given paths: a file is taken as it is
 * (a `guide.md` or `versions/x.y.z.md` gets its version from its name), a
 * directory is searched for `guide.md` and `versions/*.md` files.
 */
export async function discover(paths: readonly string[]): Promise<{sources: GuideSource[]; missing: string[]; unreadable: string[]}> {
  const sources: GuideSource[] = []
  const missing: string[] = []
  // Folders that could not be listed (no permission, ...).
  const unreadable: string[] = []
  for (const given of paths) {
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      if (info.code === 'ENOENT' || info.code === 'ENOTDIR') missing.push(given)
      // A source file behind a folder without access: reading it says so.
      else if (classify(given) || given.endsWith('.md')) sources.push(classify(given) ?? {path: given, folderId: '', version: 'next'})
      else unreadable.push(given)
    }
    else if (info.isDirectory() && !classify(given)) sources.push(...(await walk(given, unreadable)))
    else sources.push(classify(given) ?? {path: given, folderId: '', version: 'next'})
  }
  return {sources, missing, unreadable}
}

async function walk(dir: string, unreadable: string[]): Promise<GuideSource[]> {
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => undefined)
  if (!entries) {
    unreadable.push(dir)
    return []
  }
  entries.sort((a, b) => a.name.localeCompare(b.name))
  const found: GuideSource[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    const source = classify(full)
    // A `guide.md` that is a folder, a pipe or a device is found too, so the
    // check reports it instead of skipping it (reading it refuses it).
    if (source && !entry.isSymbolicLink()) found.push(source)
    else if (entry.isDirectory()) found.push(...(await walk(full, unreadable)))
  }
  return found
}

import {randomBytes} from 'node:crypto'
import {mkdir, readdir, readFile, realpath, rename, rm, rmdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {sha256} from '../digest.js'
import {withLock, type LockOptions} from './lock.js'
import {checkOutputDir, manifestName} from './output-dir.js'
import type {SiteFile} from './site-file.js'

export interface WriteOptions {
  /** The content folder, which the output may never touch. */
  contentDir: string
  /**
   * May add files to the staged site before it is published (PDFs); it never
   * changes the files written. It may return the SHA-256 (hex) of files it
   * added, by their path from the site root, for the manifest to take.
   */
  beforeSwap?: (stagingDir: string) => Promise<ReadonlyMap<string, string> | void>
  /** Called when another build of the same folder runs, before waiting for it. */
  onWait?: LockOptions['onWait']
}

/** Where a site's builds, lock and staging link live, beside `outDir`. */
export function publishPaths(outDir: string) {
  const target = path.resolve(outDir)
  const parent = path.dirname(target)
  const name = path.basename(target)
  return {target, parent, builds: path.join(parent, `.${name}.builds`), lock: path.join(parent, `.${name}.lock`), name}
}

/**
 * Publishes the site at `outDir` with no window: the files are written to a
 * new folder in `.<name>.builds/` beside it, with a manifest, and `outDir`
 * is a symbolic link switched to that folder by one rename, so a reader
 * sees the complete old site or the complete new one. Builds of one folder
 * take turns (a lock file); each cleans what killed builds left. On any
 * failure the previous site stays as it was. Refuses an `outDir` that
 * holds anything but a site this tool wrote.
 */
export async function writeSite(outDir: string, files: readonly SiteFile[], options: WriteOptions): Promise<void> {
  const paths = publishPaths(outDir)
  await mkdir(paths.parent, {recursive: true})
  await withLock(
    paths.lock,
    async () => {
      // Checked again under the lock: the folder may have changed since the command started.
      const check = checkOutputDir(paths.target, {contentDir: options.contentDir})
      if (!check.ok) throw new Error(`${check.reason}. ${check.hint}`)
      const current = check.state.kind === 'link' ? check.state.target : undefined
      await removeLeftovers(paths, current)
      const id = `${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`
      const staging = path.join(paths.builds, id)
      const link = path.join(paths.parent, `.${paths.name}.link-${id}`)
      const aside = path.join(paths.builds, `previous-${id}`)
      let movedAside = false
      try {
        const written = await writeFiles(staging, files)
        const added = await options.beforeSwap?.(staging)
        await writeManifest(staging, added ? new Map([...added, ...written]) : written)
        await symlink(path.relative(paths.parent, staging), link, 'dir')
        // A folder cannot be replaced by a link in one rename: the one window, once, when a
        // folder-style site (the first version's output, or a copy) becomes a link.
        if (check.state.kind === 'folder') {
          await rename(paths.target, aside)
          movedAside = true
        }
        if (check.state.kind === 'empty') await rmdir(paths.target)
        await rename(link, paths.target)
      } catch (error) {
        if (movedAside) await rename(aside, paths.target).catch(() => undefined)
        await rm(link, {force: true})
        await rm(staging, {recursive: true, force: true})
        throw error
      }
      await removeLeftovers(paths, await realpath(staging))
    },
    options.onWait ? {onWait: options.onWait} : {}
  )
}

/** Files written at a time. */
const writesAtOnce = 16

/** Writes the files under `root`; returns the digest of each, by its path from `root`. */
async function writeFiles(root: string, files: readonly SiteFile[]): Promise<Map<string, string>> {
  const dirs = [...new Set(files.map((file) => path.dirname(path.join(root, file.path))))].sort()
  for (const dir of dirs) await mkdir(dir, {recursive: true})
  const digests = new Map<string, string>()
  // One write per path, the last file given for it winning, whatever order the writes finish in.
  const queue = [...new Map(files.map((file) => [file.path, file])).values()]
  const writer = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await writeFile(path.join(root, file.path), file.content)
      digests.set(path.relative(root, path.join(root, file.path)).split(path.sep).join('/'), sha256(file.content))
    }
  }
  await Promise.all(Array.from({length: writesAtOnce}, writer))
  return digests
}

/**
 * The manifest: the tool's mark on its output, with a digest of every file
 * in `root`; `known` has the digests of the files this build wrote itself,
 * and every other file (PDFs added before the swap) is read and hashed.
 */
async function writeManifest(root: string, known: ReadonlyMap<string, string>): Promise<void> {
  const entries = (await readdir(root, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())
  const files: Record<string, string> = {}
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name)
    const name = path.relative(root, full).split(path.sep).join('/')
    files[name] = known.get(name) ?? sha256(await readFile(full))
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeFile(path.join(root, manifestName), JSON.stringify({generator: 'llm-interview', files: sorted}, null, 2) + '\n')
}

/**
 * Removes what earlier builds left: every build folder but `keep` (a real path), staging
 * links, and the `<name>.tmp-<pid>` / `<name>.old-<pid>` folders of the
 * tool's first version. Runs under the lock, so no other build is writing.
 */
async function removeLeftovers(paths: ReturnType<typeof publishPaths>, keep: string | undefined): Promise<void> {
  for (const entry of await readdir(paths.builds).catch(() => [] as string[])) {
    const full = path.join(paths.builds, entry)
    if ((await realpath(full).catch(() => full)) !== keep) await rm(full, {recursive: true, force: true})
  }
  const leftover = new RegExp(`^(?:\\.${escape(paths.name)}\\.link-.+|${escape(paths.name)}\\.(?:tmp|old)-\\d+)$`)
  for (const entry of await readdir(paths.parent)) {
    if (leftover.test(entry)) await rm(path.join(paths.parent, entry), {recursive: true, force: true})
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

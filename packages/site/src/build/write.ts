import {randomBytes} from 'node:crypto'
import {mkdir, readdir, realpath, rename, rm, rmdir, symlink} from 'node:fs/promises'
import path from 'node:path'
import {withLock, type LockOptions} from './lock.js'
import {checkOutputDir, manifestName} from './output-dir.js'
import {placeFiles, readBuiltSite, writeManifest, type BuiltSite, type WriteReport} from './place-files.js'
import type {OutputFile} from './site-file.js'

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
 * Publishes the site at `outDir` with no window: the files are placed in a
 * folder in `.<name>.builds/` beside it, with a manifest, and `outDir` is a
 * symbolic link switched to that folder by one rename, so a reader sees the
 * complete old site or the complete new one. The folder is the build before
 * the published one, kept for this (its unchanged files stay, see
 * `placeFiles`), or a new one; files the published site has unchanged are
 * hard-linked from it. Builds of one folder take turns (a lock file); each
 * cleans what killed builds left, keeping the published build and the one
 * before it. On any failure the published site stays as it was. Refuses an
 * `outDir` that holds anything but a site this tool wrote.
 */
export async function writeSite(outDir: string, files: readonly OutputFile[], options: WriteOptions): Promise<WriteReport> {
  const paths = publishPaths(outDir)
  let report: WriteReport = {kept: 0, linked: 0, written: 0, removed: 0}
  await mkdir(paths.parent, {recursive: true})
  await withLock(
    paths.lock,
    async () => {
      // Checked again under the lock: the folder may have changed since the command started.
      const check = checkOutputDir(paths.target, {contentDir: options.contentDir})
      if (!check.ok) throw new Error(`${check.reason}. ${check.hint}`)
      const current = check.state.kind === 'link' ? check.state.target : undefined
      const spare = await spareBuild(paths, current)
      await removeLeftovers(paths, [current, spare?.dir])
      const id = `${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`
      const staging = path.join(paths.builds, id)
      const link = path.join(paths.parent, `.${paths.name}.link-${id}`)
      const aside = path.join(paths.builds, `previous-${id}`)
      let movedAside = false
      try {
        if (spare) {
          // From here on the spare is a build in progress: without its manifest it never passes for a whole one.
          await rename(spare.dir, staging)
          await rm(path.join(staging, manifestName))
        }
        const placed = await placeFiles(staging, files, {reused: spare && {...spare, dir: staging}, published: current ? await readBuiltSite(current) : undefined})
        report = placed.report
        const added = await options.beforeSwap?.(staging)
        await writeManifest(staging, added ? new Map([...placed.digests, ...added]) : placed.digests)
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
      // The build just replaced is the next one's spare.
      await removeLeftovers(paths, [await realpath(staging), current])
    },
    options.onWait ? {onWait: options.onWait} : {}
  )
  return report
}

/** The newest whole build in `.<name>.builds/` but the published one (`current`), to be updated into the next. */
async function spareBuild(paths: ReturnType<typeof publishPaths>, current: string | undefined): Promise<BuiltSite | undefined> {
  let newest: BuiltSite | undefined
  for (const entry of await readdir(paths.builds, {withFileTypes: true}).catch(() => [])) {
    // Real paths, as `current` is: the published build is never the spare.
    const full = await realpath(path.join(paths.builds, entry.name)).catch(() => undefined)
    if (!entry.isDirectory() || full === undefined || full === current) continue
    const built = await readBuiltSite(full)
    if (built && (!newest || built.writtenMs > newest.writtenMs)) newest = built
  }
  return newest
}

/**
 * Removes what earlier builds left: every build folder but those in `keep` (real paths), staging
 * links, and the `<name>.tmp-<pid>` / `<name>.old-<pid>` folders of the
 * tool's first version. Runs under the lock, so no other build is writing.
 */
async function removeLeftovers(paths: ReturnType<typeof publishPaths>, keep: readonly (string | undefined)[]): Promise<void> {
  for (const entry of await readdir(paths.builds).catch(() => [] as string[])) {
    const full = path.join(paths.builds, entry)
    if (!keep.includes(await realpath(full).catch(() => full))) await rm(full, {recursive: true, force: true})
  }
  const leftover = new RegExp(`^(?:\\.${escape(paths.name)}\\.link-.+|${escape(paths.name)}\\.(?:tmp|old)-\\d+)$`)
  for (const entry of await readdir(paths.parent)) {
    if (leftover.test(entry)) await rm(path.join(paths.parent, entry), {recursive: true, force: true})
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {SiteFile} from './site-file.js'

/**
 * Writes the site into a temporary folder beside `outDir`, then swaps it
 * in, so readers and servers see either the previous site or the new one,
 * never a half-written one. `beforeSwap` may add files to the staged site
 * (PDFs). On any failure the previous site is untouched.
 */
export async function writeSite(outDir: string, files: readonly SiteFile[], beforeSwap?: (stagingDir: string) => Promise<void>): Promise<void> {
  const target = path.resolve(outDir)
  const staging = `${target}.tmp-${process.pid}`
  const previous = `${target}.old-${process.pid}`
  await rm(staging, {recursive: true, force: true})
  try {
    for (const file of files) {
      const full = path.join(staging, file.path)
      await mkdir(path.dirname(full), {recursive: true})
      await writeFile(full, file.content)
    }
    await beforeSwap?.(staging)
    await mkdir(path.dirname(target), {recursive: true})
    const hadPrevious = await rename(target, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      }
    )
    try {
      await rename(staging, target)
    } catch (error) {
      if (hadPrevious) await rename(previous, target)
      throw error
    }
    if (hadPrevious) await rm(previous, {recursive: true, force: true})
  } finally {
    await rm(staging, {recursive: true, force: true})
  }
}

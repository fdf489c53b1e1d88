import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a new guide folder and the updated lockfile all or nothing: both
 * are written beside their targets first, then renamed into place; when
 * anything fails, nothing of them remains.
 */
export async function writeGuideFolder(target: string, files: Record<string, string>, lock?: {path: string; text: string}): Promise<void> {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = path.join(path.dirname(target), `.new-${path.basename(target)}-${suffix}`)
  const lockStaging = lock ? `${lock.path}.new-${suffix}` : undefined
  let placed = false
  try {
    await mkdir(staging)
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(staging, name), text, {flag: 'wx'})
    if (lock && lockStaging) await writeFile(lockStaging, lock.text, {flag: 'wx'})
    await rename(staging, target)
    placed = true
    if (lock && lockStaging) await rename(lockStaging, lock.path)
  } catch (error) {
    if (placed) await rm(target, {recursive: true, force: true})
    throw error
  } finally {
    await rm(staging, {recursive: true, force: true})
    if (lockStaging) await rm(lockStaging, {force: true})
  }
}

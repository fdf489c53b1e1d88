import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'

/**
 * The npm workspace root a guide folder belongs to: the folder above the
 * content folder, when its package.json lists the guide's folder among its
 * `workspaces` (a folder, or `parent/*`). Undefined otherwise.
 */
export function workspaceRootOf(guideDir: string): {root: string; dir: string} | undefined {
  const root = path.dirname(path.dirname(path.resolve(guideDir)))
  const manifestPath = path.join(root, 'package.json')
  if (!existsSync(manifestPath)) return undefined
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {workspaces?: unknown}
  const patterns = Array.isArray(manifest.workspaces) ? manifest.workspaces.filter((p): p is string => typeof p === 'string') : []
  const dir = path.relative(root, path.resolve(guideDir)).split(path.sep).join('/')
  const listed = patterns.some((p) => p.replace(/\/$/, '') === dir || (p.endsWith('/*') && path.posix.dirname(dir) === p.slice(0, -2)))
  return listed ? {root, dir} : undefined
}

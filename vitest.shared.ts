import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Alias} from 'vite'

const packagesDir = fileURLToPath(new URL('packages/', import.meta.url))

/**
 * Tests import sibling packages from their TypeScript source, so they need
 * no build first: each workspace package's name (exactly; subpaths such as
 * `/guide.css` still go through `exports`) is an alias of its
 * `src/index.ts`. This stays out of the packages' `exports`, which are
 * published: a condition there would point consumers at files the tarballs
 * do not hold.
 */
export function workspaceSources(): Alias[] {
  return readdirSync(packagesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(packagesDir, entry.name))
    .filter((dir) => existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'src/index.ts')))
    .map((dir) => {
      const {name} = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {name: string}
      return {find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), replacement: path.join(dir, 'src/index.ts')}
    })
}

/** Whether `UPDATE` is set (to anything but `0` or `false`): only then are goldens written. */
export const updateRequested = !['', '0', 'false'].includes(process.env.UPDATE ?? '')

/**
 * Snapshots follow the rule of every golden (see `test-utils/golden.ts`):
 * only `UPDATE=1` (or `vitest -u`) writes them. Without it a missing
 * snapshot fails, even outside CI, where vitest would otherwise write it.
 */
export const snapshotUpdate = updateRequested ? 'all' : 'none'

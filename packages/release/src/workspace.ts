import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

/** The fields of a package.json this tooling reads. */
export interface PackageManifest {
  name: string
  version: string
  private?: boolean
  workspaces?: string[]
  dependencies?: Record<string, string>
  exports?: unknown
  [field: string]: unknown
}

/** A package of the npm workspace. */
export interface Workspace {
  /** Absolute path of its folder. */
  dir: string
  /** Its folder relative to the root, with `/` (e.g. `packages/schema`). */
  relativeDir: string
  manifest: PackageManifest
}

/** Reads a package.json. */
export function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageManifest
}

/**
 * The packages of the workspace at `root`, from its `workspaces` patterns
 * (a folder, or `folder/*` for each sub-folder holding a package.json).
 */
export function readWorkspaces(root: string): Workspace[] {
  const patterns = readManifest(root).workspaces ?? []
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern]
    const parent = pattern.slice(0, -2)
    return readdirSync(path.join(root, parent), {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
      .sort()
  })
  return dirs
    .filter((relativeDir) => existsSync(path.join(root, relativeDir, 'package.json')))
    .map((relativeDir) => ({dir: path.join(root, relativeDir), relativeDir, manifest: readManifest(path.join(root, relativeDir))}))
}

/** The workspace packages meant for publication (not `private`). */
export function publishable(workspaces: readonly Workspace[]): Workspace[] {
  return workspaces.filter((workspace) => workspace.manifest.private !== true)
}

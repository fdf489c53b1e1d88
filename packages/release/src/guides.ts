import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Workspace} from './workspace.js'

/** A guide folder that is also a workspace package, versioned by changesets. */
export interface GuidePackage {
  /** The guide id: its folder's name under `content/`. */
  id: string
  workspace: Workspace
}

/** The guide name a guide's package.json must have: `@org/guide-<id>`. */
export function guidePackageName(id: string): string {
  return `@org/guide-${id}`
}

/** The workspace packages that are guides (`content/<id>/` with a `guide.md`). */
export function guidePackages(workspaces: readonly Workspace[]): GuidePackage[] {
  return workspaces
    .filter((w) => w.relativeDir.startsWith('content/') && existsSync(path.join(w.dir, 'guide.md')))
    .map((workspace) => ({id: path.basename(workspace.dir), workspace}))
}

/**
 * The package version of a guide that has no release yet (as `llm-interview
 * new` writes it): its first changeset bump releases it.
 */
export const unreleasedVersion = '0.0.0'

/** Whether the guide's package is at `unreleasedVersion`, with nothing to release. */
export function isUnreleased(guide: GuidePackage): boolean {
  return guide.workspace.manifest.version === unreleasedVersion
}

/** Whether the guide's current package version has been frozen as `versions/<version>.md`. */
export function isReleased(guide: GuidePackage): boolean {
  return existsSync(path.join(guide.workspace.dir, 'versions', `${guide.workspace.manifest.version}.md`))
}

import path from 'node:path'
import {main, type Io} from '@org/llm-interview-site'
import {guidePackages, isReleased, isUnreleased, type GuidePackage} from './guides.js'
import type {Workspace} from './workspace.js'

/**
 * Runs the release step (`llm-interview release <version> --guide <id>`)
 * for every guide whose package version has no frozen file yet, so a
 * changeset bump of a guide package is what releases a guide version.
 * A guide still at 0.0.0 (never released, never bumped) is left alone.
 * Returns the guides released; throws when a release is refused.
 */
export async function releaseGuides(root: string, workspaces: readonly Workspace[], io: Io): Promise<GuidePackage[]> {
  const pending = guidePackages(workspaces).filter((guide) => !isUnreleased(guide) && !isReleased(guide))
  for (const guide of pending) {
    const {version} = guide.workspace.manifest
    const code = await main(['release', version, '--guide', guide.id, '--content', path.join(root, 'content')], io)
    if (code !== 0) throw new Error(`the release of ${guide.id} ${version} was refused (see above); fix it, then run npm run version-packages again`)
  }
  return pending
}

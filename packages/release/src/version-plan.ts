import path from 'node:path'
import getReleasePlan from '@changesets/get-release-plan'
import {main, type Io} from '@org/llm-interview-site'
import {readChangesets, type Changeset} from './changesets.js'
import {guidePackages, isReleased, isUnreleased} from './guides.js'
import type {Workspace} from './workspace.js'

/** `version-packages` refused the content: nothing was changed (exit code 1). */
export class Refusal extends Error {
  override name = 'Refusal'
}

/** What `version-packages` is about to do, found before it changes anything. */
export interface VersionPlan {
  changesets: Changeset[]
  /** The version each guide will be released as (guide id -> version). */
  guideVersions: Map<string, string>
}

/**
 * Validates everything `version-packages` will do before it changes a
 * file: the pending changesets are well formed and name workspace packages,
 * the release plan changesets computes from them is sound, and each guide
 * to release passes `llm-interview release <version> --dry-run` (its source
 * parses without errors, the version is canonical and above its latest
 * release, its frozen files are intact). Throws a `Refusal` naming every
 * problem; the `--dry-run` reports are printed to `io`.
 */
export async function planVersions(root: string, workspaces: readonly Workspace[], io: Io): Promise<VersionPlan> {
  let changesets: Changeset[]
  try {
    changesets = readChangesets(root)
  } catch (error) {
    throw new Refusal(`.changeset/${(error as Error).message}; fix the changeset, nothing was changed`)
  }
  const names = new Set(workspaces.map((w) => w.manifest.name))
  const unknown = changesets.flatMap((changeset) => Object.keys(changeset.releases).filter((name) => !names.has(name)).map((name) => `.changeset/${changeset.file}: unexpected package \`${name}\`, expected a package of this workspace`))
  if (unknown.length > 0) throw new Refusal(`${unknown.join('\n')}\nNothing was changed.`)
  let plan: Awaited<ReturnType<typeof getReleasePlan>>
  try {
    plan = await getReleasePlan(root)
  } catch (error) {
    throw new Refusal(`the pending changesets give no release plan (${(error as Error).message}); nothing was changed`)
  }
  const guideVersions = new Map<string, string>()
  for (const guide of guidePackages(workspaces)) {
    const planned = plan.releases.find((release) => release.name === guide.workspace.manifest.name && release.type !== 'none')
    // A guide bumped earlier whose release did not happen is released too.
    const version = planned?.newVersion ?? (isUnreleased(guide) || isReleased(guide) ? undefined : guide.workspace.manifest.version)
    if (version !== undefined) guideVersions.set(guide.id, version)
  }
  const refused: string[] = []
  for (const [id, version] of guideVersions) {
    const code = await main(['release', version, '--guide', id, '--content', path.join(root, 'content'), '--dry-run'], io)
    if (code !== 0) refused.push(`${id} ${version}`)
  }
  if (refused.length > 0) throw new Refusal(`the release of ${refused.join(', ')} would be refused (see above); fix it and run npm run version-packages again. Nothing was changed.`)
  return {changesets, guideVersions}
}

import {readdir, realpath} from 'node:fs/promises'
import path from 'node:path'
import {siteAssets} from './assets.js'
import {toolVersion} from './cache.js'
import {lookAhead, readBuiltSite} from './place-files.js'
import {digestOf} from './site-file.js'
import {publishPaths} from './write.js'

/**
 * Does, while the guides' turbo tasks run (`build --turbo`), the work of
 * the join that does not depend on their output: the tool's version, the
 * site's assets and their digests, the manifests of the published build
 * and of the builds kept beside it, and the files of the latter (see
 * `lookAhead`). Each is kept in memory for the join, which takes it only
 * while its files are unchanged (see `readBuiltSite`): a prefetch never
 * decides anything. Failures are left for the join to meet and report.
 */
export async function prefetchJoin(outDir: string): Promise<void> {
  await toolVersion().catch(() => undefined)
  for (const file of await siteAssets().catch(() => [])) digestOf(file)
  const {target, builds} = publishPaths(outDir)
  const current = await realpath(target).catch(() => undefined)
  if (current) await readBuiltSite(current)
  for (const name of await readdir(builds).catch(() => [] as string[])) {
    const folder = await realpath(path.join(builds, name)).catch(() => undefined)
    if (folder === undefined || folder === current) continue
    // A build the next one may update in place (see `writeSite`): its files are looked at now.
    const site = await readBuiltSite(folder)
    if (site) lookAhead(site)
  }
}

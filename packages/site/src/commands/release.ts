import {copyFile, mkdir, readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {checkSource} from '../check-source.js'
import type {Io} from '../io.js'
import {escapeControls, reportFiles} from '../terminal.js'
import {compareSemver, isSemver} from '../semver.js'

export interface ReleaseOptions {
  version: string
  contentDir: string
  /** The guide to release; may be left out when the content has one guide. */
  guide?: string
}

/**
 * `llm-interview release <x.y.z>`: freezes a guide's `guide.md` as
 * `versions/<x.y.z>.md`. Refuses a version that exists or is not above the
 * latest release, and a source with errors. Released files never change.
 */
export async function releaseCommand(options: ReleaseOptions, io: Io): Promise<number> {
  const fail = (text: string) => {
    io.stderr(`llm-interview release: ${escapeControls(text)}\n`)
    return 1
  }
  if (!isSemver(options.version)) return fail(`unexpected version \`${options.version}\`, expected x.y.z (e.g. 1.1.0)`)
  const guides = (await readdir(options.contentDir, {withFileTypes: true}).catch(() => []))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  const id = options.guide ?? (guides.length === 1 ? guides[0] : undefined)
  if (!id || !guides.includes(id)) {
    return fail(options.guide ? `no guide \`${options.guide}\` in ${options.contentDir} (guides: ${guides.join(', ') || 'none'})` : `name the guide with --guide (guides: ${guides.join(', ') || 'none'})`)
  }
  const source = path.join(options.contentDir, id, 'guide.md')
  const versionsDir = path.join(options.contentDir, id, 'versions')
  const released = (await readdir(versionsDir).catch(() => [] as string[]))
    .map((name) => name.replace(/\.md$/, ''))
    .filter(isSemver)
    .sort(compareSemver)
  if (released.includes(options.version)) return fail(`version ${options.version} of \`${id}\` is already released; released versions never change`)
  const latest = released.at(-1)
  if (latest && compareSemver(options.version, latest) <= 0) return fail(`version ${options.version} does not follow the latest release ${latest}; choose a higher version`)
  const checked = await checkSource({path: source, folderId: id, version: options.version})
  if (!checked.guide) {
    io.stderr(reportFiles([checked.file], {color: io.color}) + '\n')
    return fail(`${source} has errors; fix them before releasing`)
  }
  await mkdir(versionsDir, {recursive: true})
  const target = path.join(versionsDir, `${options.version}.md`)
  await copyFile(source, target, 1 /* COPYFILE_EXCL: never overwrite */)
  const bytes = (await readFile(target)).byteLength
  io.stdout(escapeControls(`Released ${id} ${options.version}: ${target} (${bytes} bytes)`) + '\n')
  return 0
}

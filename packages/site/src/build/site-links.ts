import path from 'node:path'
import type {VFile} from 'vfile'
import type {GuideEntry} from '../content/load.js'
import {publishLinkedFiles, type PublishedLinks} from './link-files.js'

/** The key of a guide version in `linkedFilesOfSite`'s answer. */
export function versionKey(id: string, version: string): string {
  return `${id}@${version}`
}

/**
 * The linked files of every version of every guide of `contentDir`, whose
 * parent folder is taken as the repository root; warnings go on the
 * version's source file among `files`.
 */
export async function linkedFilesOfSite(entries: readonly GuideEntry[], files: readonly VFile[], contentDir: string): Promise<Map<string, PublishedLinks>> {
  const byPath = new Map(files.map((file) => [path.resolve(file.path), file]))
  const rootDir = path.dirname(path.resolve(contentDir))
  const result = new Map<string, PublishedLinks>()
  for (const entry of entries) {
    const guideDir = path.join(contentDir, entry.id)
    for (const guide of [...entry.releases, entry.next]) {
      const source = guide.version === 'next' ? path.join(guideDir, 'guide.md') : path.join(guideDir, 'versions', `${guide.version}.md`)
      result.set(versionKey(entry.id, guide.version), await publishLinkedFiles(guide, {guideDir, rootDir, file: byPath.get(path.resolve(source))}))
    }
  }
  return result
}

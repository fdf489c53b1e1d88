import path from 'node:path'
import type {BuildCache} from '../build/cache.js'
import {warnUnknownLangs} from '../build/lang-warnings.js'
import {linkedFilesOfSite} from '../build/site-links.js'
import {loadContent} from '../content/load.js'
import {packContent, type PreviewContent} from './preview-content.js'
import {toWire, type WireFile} from './wire.js'

/** What the server asks of the build worker. */
export interface PreviewRequest {
  id: number
  /** The fingerprints of the guides the server holds: the answer leaves them out (see `packContent`). */
  held?: readonly string[]
}

/**
 * What the build worker answers: the checked content when it is good (the
 * server renders its pages, see PreviewSite; only the guides it does not
 * hold yet are sent), the files with errors, and the editable sources
 * (`guide.md`) with warnings.
 */
export type PreviewAnswer = {id: number; ok: boolean; content: PreviewContent | undefined; problems: WireFile[]; warnings: WireFile[]} | {id: number; failure: string}

/**
 * One preview build, as the worker runs it: the steps of `build` before
 * rendering (load and check every source, reusing the parses of unchanged
 * ones; the language and link checks, which add warnings), nothing
 * rendered or written. Warnings are those of `guide.md` files only:
 * released versions never change, so their warnings are not the editor's
 * to fix.
 */
export async function previewBuild(request: PreviewRequest, options: {contentDir: string; cache: BuildCache}): Promise<PreviewAnswer> {
  try {
    const loaded = await loadContent(options.contentDir, options.cache)
    let content: PreviewContent | undefined
    if (!loaded.failed) {
      warnUnknownLangs(loaded.guides, loaded.files, options.contentDir)
      content = packContent(loaded.guides, await linkedFilesOfSite(loaded.guides, loaded.files, options.contentDir), new Set(request.held))
    }
    const problems = loaded.files.filter((file) => file.messages.some((m) => m.fatal)).map(toWire)
    const warnings = loaded.files.filter((file) => path.basename(file.path) === 'guide.md' && file.messages.length > 0 && !file.messages.some((m) => m.fatal)).map(toWire)
    return {id: request.id, ok: content !== undefined, content, problems, warnings}
  } catch (error) {
    return {id: request.id, failure: error instanceof Error ? error.message : String(error)}
  }
}

import path from 'node:path'
import {build} from '../build/build.js'
import type {BuildCache} from '../build/cache.js'
import type {SiteFile} from '../build/site-file.js'
import {toWire, type WireFile} from './wire.js'

/** What the server asks of the build worker. */
export interface PreviewRequest {
  id: number
}

/**
 * What the build worker answers: the site when the content is good, the
 * files with errors, and the editable sources (`guide.md`) with warnings.
 */
export type PreviewAnswer = {id: number; ok: boolean; site: SiteFile[]; problems: WireFile[]; warnings: WireFile[]} | {id: number; failure: string}

/**
 * One preview build, as the worker runs it: no PDFs (they take seconds,
 * and the print pages show the same), nothing written, the index linking
 * to `next`. Warnings are those of `guide.md` files only: released
 * versions never change, so their warnings are not the editor's to fix.
 */
export async function previewBuild(request: PreviewRequest, options: {contentDir: string; siteUrl: string; cache: BuildCache}): Promise<PreviewAnswer> {
  try {
    const result = await build({contentDir: options.contentDir, outDir: '', siteUrl: options.siteUrl, pdf: 'never', cache: options.cache, write: false, home: 'next'})
    const problems = result.files.filter((file) => file.messages.some((m) => m.fatal)).map(toWire)
    const warnings = result.files.filter((file) => path.basename(file.path) === 'guide.md' && file.messages.length > 0 && !file.messages.some((m) => m.fatal)).map(toWire)
    return {id: request.id, ok: result.ok, site: result.ok ? result.site : [], problems, warnings}
  } catch (error) {
    return {id: request.id, failure: error instanceof Error ? error.message : String(error)}
  }
}

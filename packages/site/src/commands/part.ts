import {resolveMessageLang, type MessageLang} from '@org/llm-interview-parser'
import type {Io} from '../io.js'
import {hiddenWarningsLine, hideFrozenWarnings, isReleasedFile} from '../messages/frozen-warnings.js'
import {localizeFiles} from '../messages/localize.js'
import {escapeControls, reportFiles} from '../terminal.js'

export interface PartCommandOptions {
  contentDir: string
  /** The guide (its folder name under `contentDir`). */
  guide: string
  pdf: 'auto' | 'always' | 'never'
  /** The language of the messages; default: the guide's own `lang`. */
  lang?: MessageLang
  /** Also show the warnings of released versions (hidden by default, counted in one line). */
  all?: boolean
}

/**
 * `llm-interview part --guide ID`: one guide's share of the build, for its
 * turbo task: checks the guide and renders every version into its part
 * (`content/<id>/dist/cache/`, replaced whole), which `llm-interview build`
 * then reads instead of parsing and rendering the guide again. Exit 1 on any
 * error in the guide, as `build` would.
 */
export async function partCommand(options: PartCommandOptions, io: Io): Promise<number> {
  const [{build}, {BuildCache}, {partDir}, {writePart}, {printPageAssets}] = await Promise.all([import('../build/build.js'), import('../build/cache.js'), import('../build/part.js'), import('../build/part-record.js'), import('../build/pdf-key.js')])
  const dir = partDir(options.contentDir, options.guide)
  const started = performance.now()
  // The part's cache from its last run is reused (its entries are keyed by what they depend on), then bounded to what this run used.
  const cache = new BuildCache(dir)
  let result
  let written: string
  try {
    // The pages link to PDFs exactly when the site build makes them: the same `pdf` as `build`, so the keys match.
    result = await build({contentDir: options.contentDir, outDir: '', siteUrl: 'http://localhost/', pdf: options.pdf, cache, write: false, guidesOnly: true, only: options.guide})
    const rendered = result.guides[0]
    if (!result.ok || !rendered) written = ''
    else {
      const byPath = new Map(rendered.files.map((file) => [file.path, file.content]))
      written = await writePart({
        contentDir: options.contentDir,
        guide: options.guide,
        pdf: rendered.pdfJobs.length > 0,
        entry: rendered.entry,
        reports: result.files,
        files: rendered.files,
        pdfJobs: rendered.pdfJobs.map((job) => ({...job, assets: printPageAssets(job.page, byPath.get(job.page) ?? '')})),
        linkUrls: rendered.linkUrls
      })
      await cache.prune(0)
    }
  } catch (error) {
    io.stderr(`Part of ${escapeControls(options.guide)} failed: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`)
    return 1
  }
  // As `build` reports them (the part keeps every message, in English and by catalogue entry, for the build to print).
  localizeFiles(result.files, options.lang)
  const hidden = options.all ? 0 : hideFrozenWarnings(result.files)
  const problems = result.files.filter((file) => file.messages.length > 0)
  if (problems.length > 0) io.stderr(reportFiles(problems, {color: io.color}) + '\n')
  if (hidden > 0) io.stderr(hiddenWarningsLine(hidden, options.lang ?? resolveMessageLang(result.files.find((file) => isReleasedFile(file.path))?.data.lang)) + '\n')
  if (!result.ok) {
    io.stderr(`Part of ${escapeControls(options.guide)} failed: fix the errors above.\n`)
    return 1
  }
  io.stderr(`Part of ${escapeControls(options.guide)}: ${result.files.length} sources checked and rendered into ${escapeControls(written)} in ${(performance.now() - started).toFixed(0)} ms\n`)
  return 0
}

import {gzipSync} from 'node:zlib'
import {resolveMessageLang, type MessageLang} from '@org/llm-interview-parser'
import {build} from '../build/build.js'
import {BuildCache} from '../build/cache.js'
import {cacheMaxBytes} from '../build/cache-prune.js'
import {partLayers} from '../build/part.js'
import {prefetchJoin} from '../build/prefetch.js'
import type {TurboOutcome} from '../build/turbo.js'
import {layout} from '../build/layout.js'
import {checkOutputDir} from '../build/output-dir.js'
import {sizeOf} from '../build/site-file.js'
import type {Io} from '../io.js'
import {hiddenWarningsLine, hideFrozenWarnings, isReleasedFile} from '../messages/frozen-warnings.js'
import {localizeFiles} from '../messages/localize.js'
import {escapeControls, progressLine, reportFiles} from '../terminal.js'

export interface BuildCommandOptions {
  contentDir: string
  outDir: string
  siteUrl: string
  quiet: boolean
  pdf: 'auto' | 'always' | 'never'
  /** Folder of the build cache; undefined for none. */
  cacheDir: string | undefined
  /** The language of the messages; default: each guide's own `lang`. */
  lang?: MessageLang
  /** Also show the warnings of released versions (hidden by default, counted in one line). */
  all?: boolean
  /**
   * The guides' turbo tasks, started by `--turbo` (`runGuideTasks`): the
   * join waits for them, reading what it can meanwhile, and builds nothing
   * when they fail.
   */
  guideTasks?: Promise<TurboOutcome>
}

/**
 * `llm-interview build`: checks every guide and builds the site. On any
 * content error it prints the report, writes nothing and returns 1; an
 * `--out` that is not a site this tool wrote is refused with 2, untouched.
 */
export async function buildCommand(options: BuildCommandOptions, io: Io): Promise<number> {
  // Paths and messages echo what the user typed: control characters are shown, never sent.
  const say = (text: string) => io.stderr(escapeControls(text))
  const log = (text: string) => {
    if (!options.quiet) say(text)
  }
  if (options.guideTasks) {
    const [tasks] = await Promise.all([options.guideTasks, prefetchJoin(options.outDir).catch(() => undefined)])
    if (!tasks.ok) {
      say(`Build failed: ${tasks.reason}. ${options.outDir} was left as it was.\n`)
      return tasks.code
    }
  }
  const out = checkOutputDir(options.outDir, {contentDir: options.contentDir})
  if (!out.ok) {
    say(`llm-interview: ${out.reason}.\n  ${out.hint}\n`)
    return 2
  }
  log(`Building ${options.contentDir} -> ${options.outDir}\n`)
  const started = performance.now()
  // `PDF 3/8` rewritten in place on a terminal; nothing in CI or in a log file.
  const progress = progressLine(io.stderr, io.progress === true && !options.quiet)
  // The guides' parts (their turbo tasks' output) are read where the cache misses.
  const cache = options.cacheDir ? new BuildCache(options.cacheDir, await partLayers(options.contentDir)) : undefined
  let result
  try {
    result = await build({
      ...options,
      // Guides whose parts (their turbo tasks' output) are current are taken from them; with --no-cache, none.
      ...(cache ? {cache, parts: true} : {}),
      onStage: (stage, ms) => {
        progress.end()
        log(`  ${stage.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms\n`)
      },
      onProgress: (stage, done, total) => progress.update(stage, done, total),
      onWait: (pid) => say(`Waiting for another build (process ${pid}) to finish writing ${options.outDir}…\n`)
    })
  } catch (error) {
    progress.end()
    say(`Build failed: ${error instanceof Error ? error.message : String(error)}. ${options.outDir} was left as it was.\n`)
    return 1
  }
  localizeFiles(result.files, options.lang)
  const hidden = options.all ? 0 : hideFrozenWarnings(result.files)
  const problems = result.files.filter((file) => file.messages.length > 0)
  const hasErrors = problems.some((file) => file.messages.some((m) => m.fatal))
  if (problems.length > 0 && (hasErrors || !options.quiet)) io.stderr(reportFiles(problems, {color: io.color}) + '\n')
  if (hidden > 0) log(hiddenWarningsLine(hidden, options.lang ?? resolveMessageLang(result.files.find((file) => isReleasedFile(file.path))?.data.lang)) + '\n')
  if (!result.ok) {
    say(`Build failed: fix the errors above. ${options.outDir} was left as it was.\n`)
    return 1
  }
  const all = [...result.site, ...result.stored]
  const pages = all.filter((file) => file.path.endsWith('.html')).length
  const bytes = all.reduce((sum, file) => sum + sizeOf(file), 0)
  const unchanged = result.written ? result.written.kept + result.written.linked : 0
  const reused = unchanged > 0 ? ` (${result.written!.written} written, ${unchanged} unchanged)` : ''
  log(`Built ${pages} pages, ${all.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms${reused}\n`)
  const interview = result.site.filter((file) => file.path.startsWith(layout.interviewScripts)).map((file) => Buffer.from(file.content))
  const kib = (n: number) => (n / 1024).toFixed(1)
  log(`Interview script: ${interview.length} modules, ${kib(interview.reduce((n, b) => n + b.byteLength, 0))} KiB (${kib(interview.reduce((n, b) => n + gzipSync(b).byteLength, 0))} KiB gzipped)\n`)
  // Said even with --quiet: a missing PDF is something to know about.
  if ('skipped' in result.pdf) {
    if (options.pdf !== 'never') say(`PDFs skipped: ${result.pdf.skipped}.\n`)
  } else log(`PDFs: ${result.pdf.count} files, ${(result.pdf.bytes / 1024).toFixed(0)} KiB (${result.pdf.printed} printed, ${result.pdf.cached} from the cache)\n`)
  // The cache is bounded after a build that succeeded, keeping everything this build used.
  await cache?.prune(cacheMaxBytes()).catch((error: unknown) => say(`Cache not pruned: ${error instanceof Error ? error.message : String(error)}\n`))
  return 0
}

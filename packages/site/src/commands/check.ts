import {resolveMessageLang, type MessageLang} from '@org/llm-interview-parser'
import {VFile} from 'vfile'
import nodePath from 'node:path'
import {BuildCache} from '../build/cache.js'
import {checkLinkTargets, linkContextOf} from '../build/link-targets.js'
import {checkSource} from '../check-source.js'
import {missingReleases} from '../content/load.js'
import {discover} from '../discover.js'
import {toJsonMessages} from '../json-report.js'
import type {Io} from '../io.js'
import {hiddenWarningsLine, hideFrozenWarnings, isReleasedFile} from '../messages/frozen-warnings.js'
import {addProblem, localizeFiles, siteProblem, type SiteProblem} from '../messages/localize.js'
import {escapeJsonControls, reportFiles} from '../terminal.js'

export interface CheckOptions {
  paths: string[]
  format: 'text' | 'json'
  /** The language of the messages; default: each guide's own `lang`. */
  lang?: MessageLang
  /** Also show the warnings of released versions (hidden by default, counted in one line). */
  all?: boolean
}

/**
 * `llm-interview check [paths...]`: checks every guide source found
 * (relative links included: a target the build would not publish is the
 * build's warning) and reports. Exit code 1 when any message is an error (warnings are allowed).
 */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const {sources, missing, unreadable} = await discover(options.paths)
  const files: VFile[] = []
  for (const path of missing) {
    files.push(pathProblem(path, siteProblem('no-such-path/path', {})))
  }
  for (const path of unreadable) {
    files.push(pathProblem(path, siteProblem('unreadable/folder', {})))
  }
  if (sources.length === 0 && missing.length === 0 && unreadable.length === 0) {
    for (const path of options.paths) {
      files.push(pathProblem(path, siteProblem('no-guides', {})))
    }
  }
  // A cache in memory: identical sources (a guide.md unchanged since its release) are parsed once.
  const cache = new BuildCache()
  for (const source of sources) {
    const {guide, file} = await checkSource(source, cache)
    // Links to files the build would not publish get the build's warning.
    const links = guide ? linkContextOf(source, file) : undefined
    if (guide && links) await checkLinkTargets(guide, links)
    files.push(file)
  }
  // A guide checked whole (its folder or the content folder) also reports
  // releases recorded in versions/checksums.json whose file is gone.
  const guideFolders = new Set(sources.filter((source) => source.version === 'next' && source.folderId !== '').map((source) => nodePath.dirname(source.path)))
  for (const folder of guideFolders) files.push(...(await missingReleases(nodePath.join(folder, 'versions'))))
  localizeFiles(files, options.lang)
  const hidden = options.all ? 0 : hideFrozenWarnings(files)
  const summary = hidden > 0 ? hiddenWarningsLine(hidden, options.lang ?? resolveMessageLang(files.find((file) => isReleasedFile(file.path))?.data.lang)) + '\n' : ''
  if (options.format === 'json') {
    io.stdout(escapeJsonControls(JSON.stringify(toJsonMessages(files), null, 2)) + '\n')
    if (summary) io.stderr(summary)
  } else io.stdout(reportFiles(files, {color: io.color}) + '\n' + summary)
  return files.some((file) => file.messages.some((m) => m.fatal)) ? 1 : 0
}

/** A file holding one error at 1:1 about a path that could not be checked. */
function pathProblem(path: string, problem: SiteProblem): VFile {
  const file = new VFile({path})
  addProblem(file, problem)
  return file
}

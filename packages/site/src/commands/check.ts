import {VFile} from 'vfile'
import nodePath from 'node:path'
import {BuildCache} from '../build/cache.js'
import {checkSource} from '../check-source.js'
import {missingReleases} from '../content/load.js'
import {discover} from '../discover.js'
import {toJsonMessages} from '../json-report.js'
import type {Io} from '../io.js'
import {escapeJsonControls, reportFiles} from '../terminal.js'

export interface CheckOptions {
  paths: string[]
  format: 'text' | 'json'
}

/**
 * `llm-interview check [paths...]`: checks every guide source found and
 * reports. Exit code 1 when any message is an error (warnings are allowed).
 */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const {sources, missing, unreadable} = await discover(options.paths)
  const files: VFile[] = []
  for (const path of missing) {
    files.push(pathProblem(path, 'Unexpected missing path, expected a guide file or a content folder', 'no-such-path', 'Check the path; run `llm-interview check content` to check every guide.'))
  }
  for (const path of unreadable) {
    files.push(pathProblem(path, 'Unexpected folder without read permission, expected a folder you can list', 'unreadable', 'Give yourself access (e.g. `chmod u+rx` on the folder) or run the command as its owner.'))
  }
  if (sources.length === 0 && missing.length === 0 && unreadable.length === 0) {
    for (const path of options.paths) {
      files.push(pathProblem(path, 'Unexpected folder without guides, expected `<guide-id>/guide.md` or `<guide-id>/versions/<x.y.z>.md` files', 'no-guides', 'Each guide lives in its own folder: content/<guide-id>/guide.md.'))
    }
  }
  // A cache in memory: identical sources (a guide.md unchanged since its release) are parsed once.
  const cache = new BuildCache()
  for (const source of sources) files.push((await checkSource(source, cache)).file)
  // A guide checked whole (its folder or the content folder) also reports
  // releases recorded in versions/checksums.json whose file is gone.
  const guideFolders = new Set(sources.filter((source) => source.version === 'next' && source.folderId !== '').map((source) => nodePath.dirname(source.path)))
  for (const folder of guideFolders) files.push(...(await missingReleases(nodePath.join(folder, 'versions'))))
  if (options.format === 'json') io.stdout(escapeJsonControls(JSON.stringify(toJsonMessages(files), null, 2)) + '\n')
  else io.stdout(reportFiles(files, {color: io.color}) + '\n')
  return files.some((file) => file.messages.some((m) => m.fatal)) ? 1 : 0
}

/** A file holding one error at 1:1 about a path that could not be checked. */
function pathProblem(path: string, reason: string, ruleId: string, hint: string): VFile {
  const file = new VFile({path})
  const message = file.message(reason, {place: {line: 1, column: 1}, ruleId, source: 'llm-interview'})
  message.fatal = true
  message.note = hint
  return file
}

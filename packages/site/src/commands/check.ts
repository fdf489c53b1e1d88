import {VFile} from 'vfile'
import {checkSource} from '../check-source.js'
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
    const file = new VFile({path})
    const message = file.message('Unexpected missing path, expected a guide file or a content folder', {place: {line: 1, column: 1}, ruleId: 'no-such-path', source: 'llm-interview'})
    message.fatal = true
    message.note = 'Check the path; run `llm-interview check content` to check every guide.'
    files.push(file)
  }
  for (const path of unreadable) {
    const file = new VFile({path})
    const message = file.message('Unexpected folder without read permission, expected a folder you can list', {place: {line: 1, column: 1}, ruleId: 'unreadable', source: 'llm-interview'})
    message.fatal = true
    message.note = 'Give yourself access (e.g. `chmod u+rx` on the folder) or run the command as its owner.'
    files.push(file)
  }
  if (sources.length === 0 && missing.length === 0 && unreadable.length === 0) {
    for (const path of options.paths) {
      const file = new VFile({path})
      const message = file.message('Unexpected folder without guides, expected `<guide-id>/guide.md` or `<guide-id>/versions/<x.y.z>.md` files', {place: {line: 1, column: 1}, ruleId: 'no-guides', source: 'llm-interview'})
      message.fatal = true
      message.note = 'Each guide lives in its own folder: content/<guide-id>/guide.md.'
      files.push(file)
    }
  }
  for (const source of sources) files.push((await checkSource(source)).file)
  if (options.format === 'json') io.stdout(escapeJsonControls(JSON.stringify(toJsonMessages(files), null, 2)) + '\n')
  else io.stdout(reportFiles(files, {color: io.color}) + '\n')
  return files.some((file) => file.messages.some((m) => m.fatal)) ? 1 : 0
}

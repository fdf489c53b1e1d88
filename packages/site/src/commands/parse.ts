import {checkSource} from '../check-source.js'
import {classify} from '../discover.js'
import type {Io} from '../io.js'
import {localizeFiles} from '../messages/localize.js'
import {escapeJsonControls, reportFiles} from '../terminal.js'

/**
 * `llm-interview parse FILE`: prints the validated guide JSON on stdout, or
 * the messages (in the guide's language) on stderr and exit code 1 when
 * the file has errors.
 */
export async function parseCommand(path: string, io: Io): Promise<number> {
  const source = classify(path) ?? {path, folderId: '', version: 'next'}
  const result = await checkSource(source)
  localizeFiles([result.file], undefined)
  if (result.messages.length > 0) io.stderr(reportFiles([result.file], {color: io.color}) + '\n')
  if (!result.guide) return 1
  io.stdout(escapeJsonControls(JSON.stringify(result.guide, null, 2)) + '\n')
  return 0
}

import {VFile} from 'vfile'
import type {ReadProblem} from './read-source.js'

/**
 * A file holding one error, from a problem found before any parse (a
 * missing, unreadable or oversized file): what every command prints for a
 * file it cannot use, so a missing file reads the same everywhere.
 */
export function problemFile(filePath: string, problem: ReadProblem): VFile {
  const file = new VFile({path: filePath})
  const message = file.message(problem.reason, {place: {line: problem.line, column: problem.column}, ruleId: problem.ruleId, source: 'llm-interview'})
  message.fatal = true
  message.note = problem.hint
  return file
}

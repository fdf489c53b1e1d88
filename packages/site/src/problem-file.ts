import {VFile} from 'vfile'
import {addProblem} from './messages/localize.js'
import type {ReadProblem} from './read-source.js'

/**
 * A file holding one error, from a problem found before any parse (a
 * missing, unreadable or oversized file): what every command prints for a
 * file it cannot use, so a missing file reads the same everywhere. The
 * message keeps its catalogue entry (see messages/), so it is written in
 * the guide's language like every other.
 */
export function problemFile(filePath: string, problem: ReadProblem): VFile {
  const file = new VFile({path: filePath})
  addProblem(file, problem)
  return file
}

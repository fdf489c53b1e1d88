import {readFile} from 'node:fs/promises'
import {stringsFor} from '@org/llm-interview-renderer'
import type {DebriefFormat} from '../debrief/formats.js'
import {reportHtml} from '../debrief/html.js'
import {reportMarkdown} from '../debrief/markdown.js'
import {mergeExports, type DebriefFile} from '../debrief/merge.js'
import {problemMessage} from '../debrief/messages.js'
import {debriefReport} from '../debrief/report.js'
import type {Io} from '../io.js'
import {escapeControls} from '../terminal.js'

export interface DebriefOptions {
  files: string[]
  format: DebriefFormat
}

/**
 * `llm-interview debrief a.json b.json`: prints the merged debrief, or one
 * positioned message per refused file on stderr and exit code 1.
 */
export async function debriefCommand(options: DebriefOptions, io: Io): Promise<number> {
  const files: DebriefFile[] = []
  let failed = false
  for (const path of options.files) {
    try {
      files.push({name: path, text: await readFile(path, 'utf8')})
    } catch (error) {
      io.stderr(`${escapeControls(path)}: Unexpected missing file, expected an interview export (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})\n`)
      failed = true
    }
  }
  if (failed) return 1
  const result = mergeExports(files)
  if (!result.ok) {
    for (const problem of result.problems) {
      const {reason, hint} = problemMessage(problem)
      io.stderr(`${escapeControls(problem.file)}\n  error  ${escapeControls(reason)}  debrief\n  [note]: ${hint}\n`)
    }
    io.stderr(`\nNothing merged: ${result.problems.length} of ${files.length} files refused.\n`)
    return 1
  }
  const text = stringsFor('zh-CN').debrief.script
  if (options.format === 'json') io.stdout(JSON.stringify({format: 'llm-interview/debrief@1', ...result.debrief}, null, 2) + '\n')
  else if (options.format === 'html') io.stdout(reportHtml(debriefReport(result.debrief, text), 'zh-CN'))
  else io.stdout(reportMarkdown(debriefReport(result.debrief, text)))
  return 0
}

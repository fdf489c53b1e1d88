import {readFile} from 'node:fs/promises'
import type {MessageLang} from '@org/llm-interview-parser'
import {stringsFor} from '@org/llm-interview-renderer'
import {VFile} from 'vfile'
import type {DebriefFormat} from '../debrief/formats.js'
import {reportHtml} from '../debrief/html.js'
import {reportMarkdown} from '../debrief/markdown.js'
import {mergeExports, type DebriefFile} from '../debrief/merge.js'
import {debriefProblem} from '../debrief/messages.js'
import {debriefReport} from '../debrief/report.js'
import type {Io} from '../io.js'
import {nothingMerged} from '../messages/debrief.js'
import {addProblem, localizeFiles, siteProblem, type SiteProblem} from '../messages/localize.js'
import {escapeControls, reportFiles} from '../terminal.js'

export interface DebriefOptions {
  files: string[]
  format: DebriefFormat
  /** The language of the messages and the report (default zh-CN: exports do not say their guide's language). */
  lang?: MessageLang
}

/**
 * `llm-interview debrief a.json b.json`: prints the merged debrief, or one
 * message per refused file on stderr, at the offending value's line:column
 * (or the JSON syntax error's), and exit code 1.
 */
export async function debriefCommand(options: DebriefOptions, io: Io): Promise<number> {
  const lang = options.lang ?? 'zh-CN'
  const refuse = (refused: {path: string; problem: SiteProblem}[], total: number) => {
    const files = refused.map(({path, problem}) => {
      const file = new VFile({path})
      addProblem(file, problem)
      return file
    })
    localizeFiles(files, lang)
    io.stderr(reportFiles(files, {color: io.color}) + '\n')
    io.stderr(`${nothingMerged[lang]({refused: refused.length, files: total})}\n`)
    return 1
  }
  const files: DebriefFile[] = []
  const unreadable: {path: string; problem: SiteProblem}[] = []
  for (const path of options.files) {
    try {
      files.push({name: path, text: await readFile(path, 'utf8')})
    } catch (error) {
      unreadable.push({path, problem: siteProblem('debrief/missing', {code: (error as NodeJS.ErrnoException).code ?? 'unreadable'})})
    }
  }
  if (unreadable.length > 0) return refuse(unreadable, options.files.length)
  const result = mergeExports(files)
  if (!result.ok) {
    const texts = new Map(files.map((file) => [file.name, file.text]))
    return refuse(result.problems.map((problem) => ({path: problem.file, problem: debriefProblem(problem, texts.get(problem.file) ?? '')})), files.length)
  }
  const text = stringsFor(lang).debrief.script
  if (options.format === 'json') io.stdout(JSON.stringify({format: 'llm-interview/debrief@1', ...result.debrief}, null, 2) + '\n')
  else if (options.format === 'html') io.stdout(reportHtml(debriefReport(result.debrief, text), lang))
  else io.stdout(reportMarkdown(debriefReport(result.debrief, text)))
  return 0
}

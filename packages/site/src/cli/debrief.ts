import {debriefFormats, type DebriefFormat} from '../debrief/formats.js'
import {formatProblem, langOption, messageLangOf, type CommandSpec} from './spec.js'

export const debriefSpec: CommandSpec = {
  name: 'debrief',
  args: '<first> <second> [...more]',
  summary: "Merge interviewers' JSON exports of one candidate into a panel debrief",
  details: [
    "The exports (导出 JSON on an interview page) of one candidate and one guide version: each criterion's scores side by side,",
    'criteria where interviewers differ by 2 or more flagged, weighted totals, recommendations and notes.',
    'Files of another guide, version or candidate, or that are not interview exports, are refused (exit 1) and nothing is merged.'
  ],
  options: [{flags: '--format <format>', description: 'Output format: md, json or html', default: 'md'}, {...langOption, description: 'Language of the messages and the report: zh-CN or en', default: 'zh-CN'}],
  examples: ['llm-interview debrief zhang.json li.json', 'llm-interview debrief *.json --format html > debrief.html'],
  async run(input, io) {
    const format = input.text('format') ?? 'md'
    const problem = formatProblem(format, debriefFormats)
    if (problem) return input.usage(problem)
    const lang = messageLangOf(input)
    if (!lang.ok) return input.usage(lang.problem)
    const {debriefCommand} = await import('../commands/debrief.js')
    return debriefCommand({files: input.args, format: format as DebriefFormat, ...lang.lang}, io)
  }
}

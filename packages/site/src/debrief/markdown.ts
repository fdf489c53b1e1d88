import type {Report, ReportTable} from './report.js'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
const quote = (text: string) => text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n')

function table(t: ReportTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`
  return [row(t.head), `| ${t.head.map(() => '---').join(' | ')} |`, ...t.rows.map((r) => row(r.flagged ? [`**${r.cells[0]}**`, ...r.cells.slice(1)] : r.cells))]
}

/** The debrief as Markdown: scores side by side (flagged rows in bold, with the word), recommendations, notes. */
export function reportMarkdown(report: Report): string {
  const out = [`# ${report.title}`, '', report.context, '', `## ${report.scores.caption}`, '', ...table(report.scores), '', report.flags]
  out.push('', `## ${report.recommendations.caption}`, '', ...table(report.recommendations))
  for (const notes of report.notes) {
    if (notes.items.length === 0) continue
    out.push('', `## ${notes.heading}`)
    for (const item of notes.items) out.push('', `### ${item.label}`, '', quote(item.text))
  }
  return out.join('\n') + '\n'
}

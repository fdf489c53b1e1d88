import type {Cell} from './rows.js'
import type {Block, DiffView} from './view.js'

/**
 * Guide text as literal Markdown: backslash-escapes what GitHub would read as
 * formatting, HTML, entities, math or table cells, and flattens line breaks
 * (code can span lines) so a row stays one line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~#&!$]/g, '\\$&')
}

function table(block: Block, s: DiffView['text']): string[] {
  const cell = (c: Cell | undefined): string => (c ? escapeMarkdown(c.text) : s.absent)
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    row(block.columns.map(escapeMarkdown)),
    row(block.columns.map(() => '---')),
    ...block.rows.map((r) => row([cell(r.subject), ...(block.fields ? [cell(r.field)] : []), cell(r.before), cell(r.after)]))
  ]
}

function list(block: Block, s: DiffView['text']): string[] {
  const cell = (c: Cell | undefined): string => (c ? escapeMarkdown(c.text) : s.absent)
  return block.rows.map((r) => `- ${s.labelled(`**${cell(r.subject)}**`, cell(r.after ?? r.before))}`)
}

/**
 * GitHub Markdown for a pull request's job summary: the title as `##`, the
 * total time in bold, the counts, then a `###` list or table per kind.
 */
export function formatMarkdown(view: DiffView): string {
  const out = [`## ${escapeMarkdown(view.title)}`, '', `**${escapeMarkdown(view.total)}**`, '', escapeMarkdown(view.summary)]
  for (const block of view.blocks) {
    out.push('', `### ${escapeMarkdown(block.heading)}`, '', ...(block.layout === 'list' ? list(block, view.text) : table(block, view.text)))
  }
  return out.join('\n')
}

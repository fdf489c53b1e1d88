import type {Block} from './view.js'
import type {DiffView} from './view.js'

/** One block as indented lines: `+`/`-` lines for lists, old and new values under each row of a table. */
function blockLines(block: Block, s: DiffView['text']): string[] {
  const lines = [block.heading]
  for (const row of block.rows) {
    if (block.layout === 'list') {
      const [mark, cell] = row.after ? ['+', row.after] : ['-', row.before]
      lines.push(`  ${mark} ${s.labelled(row.subject.text, cell?.text ?? '')}`)
      continue
    }
    lines.push(`  ${row.field ? s.labelled(row.subject.text, row.field.text) : row.subject.text}`)
    if (row.before) lines.push(`    - ${row.before.text}`)
    if (row.after) lines.push(`    + ${row.after.text}`)
  }
  return lines
}

/** Plain terminal text: headline, summary, then each kind of change. */
export function formatText(view: DiffView): string {
  const lines = [view.title, view.total, view.summary]
  for (const block of view.blocks) lines.push('', ...blockLines(block, view.text))
  return lines.map((line) => line.replace(/[\r\n]+/g, ' ')).join('\n')
}

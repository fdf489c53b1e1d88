/**
 * What `new` reads from an outline's text before the parser sees it: the
 * section numbers and the lists that may name the candidate levels. The
 * parser then decides: a level list is taken only when the guide parses
 * with it (see `derive.ts`).
 */
export interface OutlineScan {
  /** Section ids (`1.1`) of `### N.M` headings, in source order. */
  sections: string[]
  /**
   * Label sets, in source order: for each `###` block whose list items all
   * start with a bold lead-in and a colon (`- **X：** ...`), those lead-ins.
   */
  labelSets: string[][]
}

const fence = /^\s{0,3}(`{3,}|~{3,})/
const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const listItem = /^ ?(?:[-*+]|\d+[.)])\s+(.*)$/
const sectionHeading = /^(\d+\.\d+)(?:\s|$)/
/** `**X：** rest`, `**X:** rest`, `**X**：rest`, `**X**: rest`. */
const lead = /^\*\*(.+?)\*\*\s*[:：]|^\*\*(.+?)[:：]\s*\*\*/

/** Scans an outline's Markdown (code blocks skipped). */
export function scanOutline(text: string): OutlineScan {
  const sections: string[] = []
  const labelSets: string[][] = []
  let open: {leads: string[]; others: number} | undefined
  let inFence: string | undefined
  const close = () => {
    if (open && open.others === 0 && open.leads.length > 0) {
      const unique = [...new Set(open.leads)]
      if (!labelSets.some((set) => set.join('\n') === unique.join('\n'))) labelSets.push(unique)
    }
    open = undefined
  }
  for (const line of text.split(/\r?\n/)) {
    const fenceMatch = fence.exec(line)
    if (inFence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(inFence)) inFence = undefined
      continue
    }
    if (fenceMatch) {
      inFence = fenceMatch[1]!
      continue
    }
    const headingMatch = heading.exec(line)
    if (headingMatch) {
      const level = headingMatch[1]!.length
      if (level <= 3) close()
      if (level === 3) {
        const section = sectionHeading.exec(headingMatch[2]!)
        if (section) sections.push(section[1]!)
        else open = {leads: [], others: 0}
      }
      continue
    }
    const item = listItem.exec(line)
    if (open && item) {
      const match = lead.exec(item[1]!)
      const label = (match?.[1] ?? match?.[2])?.trim()
      if (label) open.leads.push(label)
      else open.others++
    }
  }
  close()
  return {sections, labelSets}
}

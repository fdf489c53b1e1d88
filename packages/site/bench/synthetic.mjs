// Valid synthetic guides N times the seed's size: the seed's parts repeated
// with new ordinals and renumbered sections, and level plans covering them.
const digits = '零一二三四五六七八九'

/** 123 -> 一百二十三 (1-999). */
export function ordinal(n) {
  const h = Math.floor(n / 100)
  const t = Math.floor((n % 100) / 10)
  const u = n % 10
  let out = h ? `${digits[h]}百` : ''
  if (t) out += `${t === 1 && !h ? '' : digits[t]}十`
  else if (h && u) out += '零'
  if (u) out += digits[u]
  return out
}

/** The seed's front matter, body parts and the rest (rubric, advice, references). */
function cut(seed) {
  const end = seed.indexOf('\n---\n', 4) + 5
  const body = seed.slice(end)
  const parts = body.split(/\n(?=## [一二三四五六七八九十百]+、)/)
  const head = parts.shift()
  const last = parts.pop()
  const tailAt = last.search(/\n## (?![一二三四五六七八九十百]+、)/)
  parts.push(last.slice(0, tailAt))
  return {head, parts, tail: last.slice(tailAt)}
}

/** A valid guide with `times` × the seed's parts. */
export function syntheticGuide(seed, times) {
  const {head, parts, tail} = cut(seed)
  const out = []
  const sections = []
  let n = 0
  for (let copy = 0; copy < times; copy++) {
    for (const part of parts) {
      n++
      let s = 0
      out.push(
        part
          .replace(/^## [一二三四五六七八九十百]+、/, `## ${ordinal(n)}、`)
          .replace(/^### \d+\.\d+ /gm, () => {
            s++
            sections.push(`${n}.${s}`)
            return `### ${n}.${s} `
          })
      )
    }
  }
  const levels = ['foundation', 'practical', 'research'].map((id, index) => {
    const label = ['基础型候选人', '实践型候选人', '研究型候选人'][index]
    const plan = sections.map((section, i) => (i < 10 ? `      - {section: ${section}, role: core, minutes: 10}` : `      - {section: ${section}, role: skip}`))
    return `  - id: ${id}\n    label: ${label}\n    plan:\n${plan.join('\n')}`
  })
  const front = `---\nid: llm-interview\nlang: zh-CN\nduration: 90-120\nlevels:\n${levels.join('\n')}\n---\n`
  return front + head + '\n' + out.join('\n') + tail
}

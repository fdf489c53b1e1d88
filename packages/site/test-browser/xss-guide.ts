/**
 * A guide written for the XSS test (not the seed's text) that carries
 * payloads in every field an editor writes and `check` accepts: escaped with
 * backslashes as text (headings, items, objectives, rubric, level labels and
 * focus, tips, references, link text, the closing note), as they are in code
 * spans and code blocks, and inside safe `https:` link URLs.
 */

/** `text` with every ASCII punctuation character backslash-escaped, so Markdown reads it as literal text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
}

/** A link destination in `<...>` carrying `text` literally after a safe `https:` URL. */
function safeUrl(text: string): string {
  return `<https://example.com/?x=${text.replace(/[\\<>]/g, (c) => `\\${c}`)}>`
}

/** `text` as a YAML double-quoted scalar (JSON strings are valid YAML). */
function yamlString(text: string): string {
  return JSON.stringify(text)
}

export interface ProbeOptions {
  /** Payloads to place; each must be free of NUL, which no Markdown text can carry. */
  payloads: readonly string[]
  /** The edited variant (for `guide.md`, against the released variant): changes items so the diff page shows payloads. */
  edited?: boolean
}

/** The guide id of the probe guide. */
export const probeId = 'xss-probe'

/** The level ids of the probe guide. */
export const probeLevels = ['basic', 'deep'] as const

/** Markdown of the probe guide carrying `payloads` everywhere `check` lets them through. */
export function probeGuide({payloads, edited = false}: ProbeOptions): string {
  if (payloads.some((p) => p.includes('\0'))) throw new Error('probeGuide: a NUL payload cannot be written in Markdown')
  const all = escapeMarkdown(payloads.join(' '))
  const labels = probeLevels.map((id) => `${id} ${payloads.join(' ')}`)
  const items = (prefix: string, indent = '') => payloads.map((p, i) => `${indent}- ${prefix}${i + 1} ${escapeMarkdown(p)}`).join('\n')
  const codeSpans = payloads.map((p, i) => `- 代码${i + 1} \`\` ${p} \`\``).join('\n')
  const links = payloads.map((p, i) => `- [链接${i + 1} ${escapeMarkdown(p)}](${safeUrl(p)})`).join('\n')
  const codeBlock = ['- 阅读代码：', '', '  ```html', ...payloads.map((p) => `  ${p}`), '  ```'].join('\n')
  const section = (id: string, minutes: number, body: string) =>
    [`### ${id} 小节${id} ${all} (${minutes}分钟)`, `**考核目标：** 目标${id} ${all}`, '', `#### 分组${id} ${all}`, body].join('\n')
  return `---
id: ${probeId}
lang: zh-CN
duration: 10-30
levels:
  - id: ${probeLevels[0]}
    label: ${yamlString(labels[0]!)}
    plan:
      - {section: 1.1, role: core}
      - {section: 1.2, role: optional}
      - {section: 2.1, role: skip}
  - id: ${probeLevels[1]}
    label: ${yamlString(labels[1]!)}
    plan:
      - {section: 2.1, role: core}
      - {section: 1.1, role: optional}
      - {section: 1.2, role: skip}
---
# 探针指南 ${all}

## 说明 ${all}
说明文字 ${all}

另一段 \`${payloads.join(' ')}\` ${edited ? '（已修订）' : ''}

## 一、第一部分 ${all} (10分钟)

${section('1.1', 5, `${items('条目')}\n${edited ? items('新增', '') : ''}\n${codeSpans}\n${codeBlock}`)}

${section('1.2', 5, items(edited ? '改写条目' : '原条目'))}

## 二、第二部分 ${all} (10分钟)

${section('2.1', 10, `${links}\n- 嵌套\n${items('子条目', '  ')}`)}

## 评分标准 ${all}

### 标准甲 ${all} (60%)
${items('要点')}

### 标准乙 ${all} (40%)
- 要点 ${all}

## 面试建议 ${all}

### 分级策略 ${all}
${labels.map((label) => `- **${escapeMarkdown(label)}：** 重点 ${all}`).join('\n')}

### 技巧 ${all}
${items('技巧')}

## 参考资料 ${all}

### 论文 ${all}
${links}

---

*结语 ${all}*
`
}

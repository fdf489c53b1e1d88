import {entry, zhHintLabel as label, type MessageEntry} from './catalogue.js'

const splitGuides = 'A guide this large is likely a mistake (a generated file?); split it into several guides.'
const splitGuidesZh = `${label}这么大的大纲多半是误操作（自动生成的文件？）；请拆成几份大纲。`
const markNamesEn = '`*`, `_`, `~`, `[`, `]`, `` ` ``, `<` and `|`'
const markNamesZh = '`*`、`_`、`~`、`[`、`]`、`` ` ``、`<` 和 `|`'

/**
 * An invariant of the outline model (`checkGuide` of the schema package)
 * that the guide breaks though the parser's own rules passed it: the issue's
 * text comes from the schema package, in English.
 */
function invariant<K extends string>(key: K) {
  return {
    [key]: entry({
      en: (p: {issue: string; path: string}) => ({reason: p.issue, hint: `The guide breaks an invariant of the outline model at \`${p.path}\`; fix the content at this place.`}),
      'zh-CN': (p) => ({reason: `大纲在 “${p.path}” 处不满足大纲模型的约束`, hint: `${label}修改此处的内容，使大纲满足大纲模型的约束（大纲模型的说明：${p.issue}）。`}),
      example: {issue: 'Unexpected part number 3, expected 2', path: 'parts.1.number'}
    })
  } as Record<K, MessageEntry<{issue: string; path: string}>>
}

/** Messages about the input as a whole: encoding, size limits, empty files, parser failures. */
export const inputMessages = {
  'encoding/not-utf8': entry({
    en: () => ({reason: 'Unexpected bytes that are not UTF-8, expected a UTF-8 text file', hint: 'Save the file as UTF-8 (without changing its text) and run the check again.'}),
    'zh-CN': () => ({reason: '文件含有非 UTF-8 字节，应为 UTF-8 编码的文本文件', hint: `${label}把文件另存为 UTF-8 编码（不改动文字），再运行检查。`}),
    example: {}
  }),
  'encoding/nul': entry({
    en: () => ({reason: 'Unexpected NUL character (binary content), expected Markdown text', hint: 'This looks like a binary file; check that the right file is in content/.'}),
    'zh-CN': () => ({reason: '文件含有 NUL 字符（二进制内容），应为 Markdown 文本', hint: `${label}这像是二进制文件；请确认 content/ 中放的是正确的文件。`}),
    example: {}
  }),
  'empty-file': entry({
    en: () => ({reason: 'Unexpected empty file, expected a guide', hint: 'Write the front matter, the `#` title and the parts, or delete the file.'}),
    'zh-CN': () => ({reason: '文件为空，应为一份面试大纲', hint: `${label}写上前置元数据、\`#\` 标题和各部分，或删除这个文件。`}),
    example: {}
  }),
  'internal-error': entry({
    en: (p: {error: string}) => ({reason: `Unexpected failure of the parser (${p.error}), expected a result`, hint: 'This is a bug in the parser, not in the guide: please report it with the file.'}),
    'zh-CN': (p) => ({reason: `解析器意外失败（${p.error}），未能得到结果`, hint: `${label}这是解析器的缺陷，不是大纲的问题：请附上文件报告给维护者。`}),
    example: {error: 'x is undefined'}
  }),
  schema: entry({
    en: (p: {path: string; issue: string}) => ({reason: `Unexpected value at \`${p.path}\`: ${p.issue}`, hint: 'The guide does not fit the outline model; fix the content at this place.'}),
    'zh-CN': (p) => ({reason: `“${p.path}” 处的值不符合大纲模型：${p.issue}`, hint: `${label}修改此处的内容，使大纲符合大纲模型。`}),
    example: {path: 'parts.0.title', issue: 'Invalid input'}
  }),
  ...invariant('schema/invariant'),
  ...invariant('duration/invariant'),
  ...invariant('part-duration/invariant'),
  ...invariant('numbering/invariant'),
  ...invariant('rubric-weight/invariant'),
  ...invariant('level-plan/invariant'),
  ...invariant('unsafe-url/invariant'),
  'too-many-messages': entry({
    en: (p: {count: number; limit: number}) => ({reason: `Unexpected ${p.count} more problems after the first ${p.limit}, expected fewer`, hint: 'Fix the problems listed first (one mistake often repeats); the rest are counted, not listed.'}),
    'zh-CN': (p) => ({reason: `前 ${p.limit} 个问题之后还有 ${p.count} 个问题，问题过多`, hint: `${label}先修改列出的问题（同一个错误常常重复出现）；其余的只计数，不逐条列出。`}),
    example: {count: 12, limit: 1000}
  }),
  'too-large': entry({
    en: (p: {megabytes: string; max: number}) => ({reason: `Unexpected guide of ${p.megabytes} MB, expected at most ${p.max} MB`, hint: 'A guide this large is likely a mistake (a pasted file?); split it into several guides.'}),
    'zh-CN': (p) => ({reason: `大纲大小为 ${p.megabytes} MB，最多应为 ${p.max} MB`, hint: `${label}这么大的大纲多半是误操作（粘贴了整个文件？）；请拆成几份大纲。`}),
    example: {megabytes: '9.5', max: 8}
  }),
  'too-many-lines/guide': entry({
    en: (p: {line: number; max: number}) => ({reason: `Unexpected line number ${p.line} in the guide, expected at most ${p.max}`, hint: splitGuides}),
    'zh-CN': (p) => ({reason: `大纲的第 ${p.line} 行超出上限，最多应有 ${p.max} 行`, hint: splitGuidesZh}),
    example: {line: 200001, max: 200000}
  }),
  'too-many-lines/heading': entry({
    en: (p: {line: number; max: number}) => ({reason: `Unexpected line number ${p.line} under one heading, expected at most ${p.max}`, hint: 'Split this text with headings (`####` groups or sections), or remove what was pasted by mistake.'}),
    'zh-CN': (p) => ({reason: `同一标题下的第 ${p.line} 行超出上限，最多应有 ${p.max} 行`, hint: `${label}用标题（\`####\` 分组或小节）把这段文字分开，或删除误粘贴的内容。`}),
    example: {line: 5001, max: 5000}
  }),
  'too-long-line': entry({
    en: (p: {length: number; max: number}) => ({reason: `Unexpected line of ${p.length} characters, expected at most ${p.max}`, hint: 'A line of an outline holds a topic or a question: break this text up, or remove what was pasted by mistake.'}),
    'zh-CN': (p) => ({reason: `这一行有 ${p.length} 个字符，最多应有 ${p.max} 个`, hint: `${label}大纲的一行只写一个知识点或一个问题：把这段文字拆开，或删除误粘贴的内容。`}),
    example: {length: 20001, max: 20000}
  }),
  'too-deep/line': entry({
    en: (p: {depth: number; max: number}) => ({reason: `Unexpected nesting ${p.depth} levels deep, expected at most ${p.max}`, hint: 'Outlines nest a few levels at most: flatten this part of the list.'}),
    'zh-CN': (p) => ({reason: `嵌套深度为 ${p.depth} 层，最多应为 ${p.max} 层`, hint: `${label}大纲最多嵌套几层：把这部分列表改得扁平一些。`}),
    example: {depth: 40, max: 32}
  }),
  'too-many-headings': entry({
    en: (p: {number: number; max: number}) => ({reason: `Unexpected heading number ${p.number} in the guide, expected at most ${p.max}`, hint: splitGuides}),
    'zh-CN': (p) => ({reason: `大纲的第 ${p.number} 个标题超出上限，最多应有 ${p.max} 个标题`, hint: splitGuidesZh}),
    example: {number: 10001, max: 10000}
  }),
  'too-many-items/heading': entry({
    en: (p: {number: number; max: number}) => ({reason: `Unexpected list item number ${p.number} under one heading, expected at most ${p.max}`, hint: 'Split the list into several groups (`####` headings) or sections.'}),
    'zh-CN': (p) => ({reason: `同一标题下的第 ${p.number} 个列表项超出上限，最多应有 ${p.max} 项`, hint: `${label}把列表拆成几个分组（\`####\` 标题）或几个小节。`}),
    example: {number: 2001, max: 2000}
  }),
  'too-many-items/guide': entry({
    en: (p: {number: number; max: number}) => ({reason: `Unexpected list item number ${p.number} in the guide, expected at most ${p.max}`, hint: splitGuides}),
    'zh-CN': (p) => ({reason: `大纲的第 ${p.number} 个列表项超出上限，最多应有 ${p.max} 项`, hint: splitGuidesZh}),
    example: {number: 30001, max: 30000}
  }),
  'too-many-marks/block': entry({
    en: (p: {number: number; max: number}) => ({reason: `Unexpected Markdown mark number ${p.number} in one block of text, expected at most ${p.max} of ${markNamesEn}`, hint: 'Remove the extra marks, or escape the ones meant literally (`\\*`, `\\_`, `\\[`, `\\<`).'}),
    'zh-CN': (p) => ({reason: `同一段文字中的第 ${p.number} 个 Markdown 标记超出上限，${markNamesZh} 最多应有 ${p.max} 个`, hint: `${label}删除多余的标记，或转义按字面使用的标记（\`\\*\`、\`\\_\`、\`\\[\`、\`\\<\`）。`}),
    example: {number: 5001, max: 5000}
  }),
  'too-many-marks/guide': entry({
    en: (p: {number: number; max: number}) => ({reason: `Unexpected Markdown mark number ${p.number} in the guide, expected at most ${p.max} of ${markNamesEn}`, hint: 'A guide this heavily formatted is likely a mistake (a generated file?); split it into several guides.'}),
    'zh-CN': (p) => ({reason: `大纲中的第 ${p.number} 个 Markdown 标记超出上限，${markNamesZh} 最多应有 ${p.max} 个`, hint: `${label}格式标记这么多的大纲多半是误操作（自动生成的文件？）；请拆成几份大纲。`}),
    example: {number: 200001, max: 200000}
  })
}

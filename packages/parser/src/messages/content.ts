import {codeList, entry, zhHintLabel as label, type MessageEntry} from './catalogue.js'
import {nodeName, type NodeParams} from './describe.js'

/** Where content was found that the outline has no place for: the end of "Unexpected <node> ...", in each language. */
interface Context<P> {
  en: (p: P) => string
  zh: (p: P) => {where: string; expected: string}
  hint?: {en: (p: P & NodeParams) => string | undefined; zh: (p: P & NodeParams) => string | undefined}
  example: P
}

const context = <P extends Record<string, string | undefined>>(value: Context<P>) => value

const defaultHint = {
  en: 'Move it to a place the outline has for it, or remove it (the guide format is described in packages/parser/README.md).',
  zh: '把它移到大纲中有对应位置的地方，或删除它（大纲格式见 packages/parser/README.md）。'
}
const htmlHint = {en: 'Write it with Markdown instead of HTML, or escape the `<` as `\\<`.', zh: '改用 Markdown 书写，不用 HTML；或把 `<` 转义为 `\\<`。'}
const itemsWhere = {
  group: {en: (t: string) => `under \`${t}\``, zh: (t: string) => `“${t}” 下`},
  criterion: {en: (t: string) => `under criterion \`${t}\``, zh: (t: string) => `评分标准 “${t}” 下`},
  references: {en: () => 'in the references before the first category', zh: () => '参考资料的第一个分类之前'},
  section: {en: (t: string) => `in section ${t} before its first \`####\` group`, zh: (t: string) => `第 ${t} 节的第一个 \`####\` 分组之前`}
} as const
const whereOf = (p: {where: string; title?: string}) => itemsWhere[(Object.hasOwn(itemsWhere, p.where) ? p.where : 'group') as keyof typeof itemsWhere]

const contexts = {
  'before-first-part': context({
    en: () => 'before the first part, expected one overview block',
    zh: () => ({where: '第一个部分之前', expected: '这里应只有一个概述块'}),
    hint: {en: () => 'Merge it into the overview, or make it a part: `## 一、标题 (N分钟)`.', zh: () => '把它并入概述，或改成一个部分：`## 一、标题 (N分钟)`。'},
    example: {}
  }),
  'after-parts': context({
    en: () => 'after the parts, expected the rubric, the interview advice and the references once each',
    zh: () => ({where: '各部分之后', expected: '这里应依次是评分标准、面试建议和参考资料，各一次'}),
    hint: {
      en: () => 'After the parts a guide has a rubric (`### 标准 (N%)` headings), advice (tips, and the level list `- **级别：** 重点`) and references (lists of links): merge this block into one of them.',
      zh: () => '各部分之后依次是评分标准（`### 标准 (N%)` 标题）、面试建议（技巧，以及级别列表 `- **级别：** 重点`）和参考资料（链接列表）：把这一块并入其中之一。'
    },
    example: {}
  }),
  'front-matter-later': context({
    en: () => 'after the start of the file, expected front matter only on line 1',
    zh: () => ({where: '文件开头之后', expected: '前置元数据只能从第 1 行开始'}),
    example: {}
  }),
  'in-list-item': context({
    en: () => 'in a list item, expected one paragraph, a nested list or a code block',
    zh: () => ({where: '列表项中', expected: '列表项中应只有一段文字、嵌套列表或代码块'}),
    example: {}
  }),
  items: context({
    en: (p: {where: string; title?: string}) => `${whereOf(p).en(p.title ?? '')}, expected a list (\`- ...\`) or a code block`,
    zh: (p) => ({where: whereOf(p).zh(p.title ?? ''), expected: '这里应为列表（`- ...`）或代码块'}),
    hint: {
      en: (p) =>
        p.node === 'paragraph'
          ? 'Make the text an item: start the line with `- `, and indent what belongs to it by two spaces:\n- 场景描述\n  - 问题一\n  ```python\n  代码\n  ```\nA paragraph that starts in bold (`**场景1：** ...`) is an item too, with the list or code after it.'
          : p.node === 'heading'
            ? 'Headings go at most four levels deep (`####` groups a section\'s topics); use a nested list instead.'
            : undefined,
      zh: (p) =>
        p.node === 'paragraph'
          ? '把这段文字写成条目：行首加 `- `，属于它的内容缩进两个空格：\n- 场景描述\n  - 问题一\n  ```python\n  代码\n  ```\n以加粗开头的段落（`**场景1：** ...`）也算一个条目，其后的列表或代码属于它。'
          : p.node === 'heading'
            ? '标题最多四级（`####` 用来给小节的知识点分组）；这里请改用嵌套列表。'
            : undefined
    },
    example: {where: 'section', title: '1.2'}
  }),
  'in-overview': context({
    en: () => 'in the overview, expected paragraphs',
    zh: () => ({where: '概述中', expected: '概述中应只有段落'}),
    hint: {en: () => 'Keep the overview to paragraphs; topics and questions belong in a part\'s sections.', zh: () => '概述只写段落；知识点和问题应放在各部分的小节中。'},
    example: {}
  }),
  'before-first-criterion': context({
    en: () => 'before the first rubric criterion, expected `### 标准 (N%)`',
    zh: () => ({where: '第一项评分标准之前', expected: '这里应为 `### 标准 (N%)`'}),
    example: {}
  }),
  'before-advice-heading': context({
    en: () => 'before the first `###` of the advice, expected a `###` heading',
    zh: () => ({where: '面试建议的第一个 `###` 之前', expected: '这里应为 `###` 标题'}),
    example: {}
  }),
  'before-first-section': context({
    en: () => 'before the first section of the part, expected a `### N.M` section heading',
    zh: () => ({where: '这个部分的第一个小节之前', expected: '这里应为 `### N.M` 形式的小节标题'}),
    example: {}
  }),
  'second-title': context({
    en: () => 'as a second title, expected one `#` title per guide',
    zh: () => ({where: '作为第二个标题', expected: '每份大纲只应有一个 `#` 标题'}),
    hint: {en: () => 'Make it a `##` heading, or move it to a guide of its own.', zh: () => '把它改成 `##` 标题，或移到另一份大纲中。'},
    example: {}
  }),
  'title-late': context({
    en: () => 'after the first `##`, expected the `#` title first',
    zh: () => ({where: '第一个 `##` 之后', expected: '`#` 标题应在最前面'}),
    example: {}
  }),
  'before-first-block': context({
    en: () => 'between the title and the first `##` heading, expected a `##` block',
    zh: () => ({where: '标题和第一个 `##` 标题之间', expected: '这里应为 `##` 块'}),
    hint: {en: () => 'Put introductory text under a `##` heading before the first part (an overview).', zh: () => '把介绍性文字放在第一个部分之前的一个 `##` 标题下（即概述）。'},
    example: {}
  }),
  'before-title': context({
    en: () => 'before the title, expected the `#` title first',
    zh: () => ({where: '标题之前', expected: '`#` 标题应在最前面'}),
    hint: {en: () => 'Start the guide (after the front matter) with its `#` title.', zh: () => '大纲（前置元数据之后）以 `#` 标题开头。'},
    example: {}
  })
}

/** A context for `reportUnexpected`. */
export type UnexpectedContext = keyof typeof contexts

function unexpectedEntry<P extends Record<string, string | undefined>>(ctx: Context<P>, html: boolean): MessageEntry<P & NodeParams> {
  return {
    en: (p) => ({reason: `Unexpected ${nodeName(p, 'en')} ${ctx.en(p)}`, hint: html ? htmlHint.en : (ctx.hint?.en(p) ?? defaultHint.en)}),
    'zh-CN': (p) => {
      const {where, expected} = ctx.zh(p)
      const name = nodeName(p, 'zh-CN')
      return {reason: `${where}出现了${/^[\w`]/.test(name) ? ' ' : ''}${name}，${expected}`, hint: label + (html ? htmlHint.zh : (ctx.hint?.zh(p) ?? defaultHint.zh))}
    },
    example: {...ctx.example, ...(html ? {node: 'html', html: '<div>'} : {node: 'paragraph'})} as P & NodeParams
  }
}

const unexpected = Object.fromEntries(
  Object.entries(contexts).flatMap(([name, ctx]) => [
    [`unexpected-content/${name}`, unexpectedEntry(ctx as Context<Record<string, string | undefined>>, false)],
    [`no-html/${name}`, unexpectedEntry(ctx as Context<Record<string, string | undefined>>, true)]
  ])
) as Record<`unexpected-content/${UnexpectedContext}` | `no-html/${UnexpectedContext}`, MessageEntry<NodeParams & {where?: string; title?: string}>>

/** Messages about content the outline has no place for, and inline content it refuses. */
export const contentMessages = {
  ...unexpected,
  'unexpected-content/level-list-extra': entry({
    en: (p: {code: boolean}) => ({reason: `Unexpected ${p.code ? 'code block' : 'nested item'} in the level list, expected one \`- **级别：** 重点\` line per level`, hint: 'Write a level\'s focus on its own line; move details into a section or the interview tips.'}),
    'zh-CN': (p) => ({reason: `级别列表中出现了${p.code ? '代码块' : '嵌套条目'}，每个级别应只有一行 “- **级别：** 重点”`, hint: `${label}每个级别的重点写成单独一行；细节移到小节或面试技巧中。`}),
    example: {code: false}
  }),
  'too-deep/inline': entry({
    en: (p: {depth: number; max: number}) => ({reason: `Unexpected formatting nested ${p.depth} levels deep, expected at most ${p.max}`, hint: 'Remove the extra `*`, `_` or `~` around this text.'}),
    'zh-CN': (p) => ({reason: `格式标记嵌套了 ${p.depth} 层，最多应为 ${p.max} 层`, hint: `${label}删除这段文字周围多余的 \`*\`、\`_\` 或 \`~\`。`}),
    example: {depth: 40, max: 32}
  }),
  'unsafe-url': entry({
    en: (p: {scheme: string; allowed: readonly string[]}) => ({reason: `Unexpected URL scheme \`${p.scheme}:\`, expected ${codeList(p.allowed.map((s) => `${s}:`))} or a relative URL`, hint: 'Link only to web pages (https://...) or e-mail addresses; scripts and embedded data are not allowed.'}),
    'zh-CN': (p) => ({reason: `链接使用了不允许的协议 “${p.scheme}:”，应为 ${codeList(p.allowed.map((s) => `${s}:`), '、')} 或相对地址`, hint: `${label}只链接到网页（https://...）或电子邮件地址；不允许脚本和内嵌数据。`}),
    example: {scheme: 'javascript', allowed: ['http', 'https', 'mailto']}
  }),
  'unsupported-content/image': entry({
    en: () => ({reason: 'Unexpected image, expected text, formatting, code or a link', hint: 'Guides carry text only: describe the image in words or link to it: [描述](https://...).'}),
    'zh-CN': () => ({reason: '出现了图片，这里应为文字、格式、代码或链接', hint: `${label}大纲只含文字：用文字描述这张图片，或链接到它：[描述](https://...)。`}),
    example: {}
  }),
  'unsupported-content/link-reference': entry({
    en: () => ({reason: 'Unexpected reference-style link, expected text, formatting, code or a link', hint: 'Write the link inline: [text](https://...). If the brackets are meant literally, escape them as \\[ and \\].'}),
    'zh-CN': () => ({reason: '出现了引用式链接，这里应为文字、格式、代码或链接', hint: `${label}把链接写成行内形式：[文本](https://...)。如果方括号是按字面使用的，把它们转义为 \\[ 和 \\]。`}),
    example: {}
  }),
  'unsupported-content/footnote-reference': entry({
    en: () => ({reason: 'Unexpected footnote reference, expected text, formatting, code or a link', hint: 'Guides have no footnotes: move the note into the item text.'}),
    'zh-CN': () => ({reason: '出现了脚注引用，这里应为文字、格式、代码或链接', hint: `${label}大纲没有脚注：把注释写进条目文字中。`}),
    example: {}
  }),
  'unsupported-content/other': entry({
    en: (p: {type: string}) => ({reason: `Unexpected \`${p.type}\`, expected text, formatting, code or a link`, hint: 'Guides carry text only: describe the image in words or link to it: [描述](https://...).'}),
    'zh-CN': (p) => ({reason: `出现了 “${p.type}”，这里应为文字、格式、代码或链接`, hint: `${label}大纲只含文字、格式、代码和链接：改写成这些形式。`}),
    example: {type: 'mystery'}
  }),
  'no-html/inline': entry({
    en: (p: {html: string}) => ({reason: `Unexpected raw HTML \`${p.html}\`, expected Markdown`, hint: 'Write it with Markdown (**bold**, *italic*, `code`, [link](https://...)) or escape the `<` as `\\<`.'}),
    'zh-CN': (p) => ({reason: `出现了原始 HTML “${p.html}”，应为 Markdown`, hint: `${label}改用 Markdown 书写（**加粗**、*斜体*、\`代码\`、[链接](https://...)），或把 \`<\` 转义为 \`\\<\`。`}),
    example: {html: '<br>'}
  })
}

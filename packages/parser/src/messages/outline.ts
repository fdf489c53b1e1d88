import {entry, zhHintLabel as label} from './catalogue.js'

const headingKind = {part: {en: 'part', 'zh-CN': '部分'}, section: {en: 'section', 'zh-CN': '小节'}} as const
const kind = (what: string, lang: 'en' | 'zh-CN') => (what === 'part' || what === 'section' ? headingKind[what][lang] : what)

/** Messages about the outline's structure: title, parts, sections, numbering, durations, headings. */
export const outlineMessages = {
  title: entry({
    en: () => ({reason: 'Unexpected guide without a title, expected a `#` heading', hint: 'Start the body with the guide\'s title: `# 面试大纲`.'}),
    'zh-CN': () => ({reason: '大纲缺少标题，应有一个 `#` 标题', hint: `${label}正文以大纲标题开头：\`# 面试大纲\`。`}),
    example: {}
  }),
  'numbering/no-parts': entry({
    en: () => ({reason: 'Unexpected guide without parts, expected `## 一、标题 (N分钟)` headings', hint: 'Each part of the interview is a `##` heading with its ordinal and duration.'}),
    'zh-CN': () => ({reason: '大纲没有任何部分，应有 `## 一、标题 (N分钟)` 形式的标题', hint: `${label}面试的每个部分是一个 \`##\` 标题，带序号和时长。`}),
    example: {}
  }),
  'numbering/part-ordinal': entry({
    en: (p: {heading: string; ordinal: string}) => ({reason: `Unexpected part heading \`${p.heading}\`, expected an ordinal first, as \`## ${p.ordinal}、${p.heading}\``, hint: 'Start a part heading with its Chinese ordinal and `、`.'}),
    'zh-CN': (p) => ({reason: `部分标题 “${p.heading}” 缺少序号，应为 “## ${p.ordinal}、${p.heading}”`, hint: `${label}部分标题以中文序号和 “、” 开头。`}),
    example: {heading: '模型部署 (20分钟)', ordinal: '二'}
  }),
  'numbering/section-number': entry({
    en: (p: {heading: string; expected: string}) => ({reason: `Unexpected section heading \`${p.heading}\`, expected a number first, as \`### ${p.expected} ${p.heading}\``, hint: 'Start a section heading with `<part number>.<section number>` and a space.'}),
    'zh-CN': (p) => ({reason: `小节标题 “${p.heading}” 缺少编号，应为 “### ${p.expected} ${p.heading}”`, hint: `${label}小节标题以 “部分编号.小节编号” 和一个空格开头。`}),
    example: {heading: '缓存设计 (10分钟)', expected: '2.3'}
  }),
  'numbering/section-part': entry({
    en: (p: {id: string; ordinal: string; number: number; expected: string}) => ({reason: `Unexpected section number \`${p.id}\` in part ${p.ordinal} (${p.number}), expected \`${p.expected}\``, hint: `Sections of part ${p.ordinal} are numbered ${p.number}.1, ${p.number}.2, ...`}),
    'zh-CN': (p) => ({reason: `第${p.ordinal}部分（${p.number}）中的小节编号 “${p.id}” 有误，应为 “${p.expected}”`, hint: `${label}第${p.ordinal}部分的小节依次编号为 ${p.number}.1、${p.number}.2……`}),
    example: {id: '3.1', ordinal: '二', number: 2, expected: '2.1'}
  }),
  'numbering/duplicate': entry({
    en: (p: {what: string; number: string; expected: string}) => ({reason: `Unexpected duplicate ${kind(p.what, 'en')} ${p.number}, expected ${p.expected}`, hint: `Each ${kind(p.what, 'en')} number is used once; renumber this ${kind(p.what, 'en')} or merge it with the first.`, related: `First ${kind(p.what, 'en')} ${p.number} is here`}),
    'zh-CN': (p) => ({reason: `${kind(p.what, 'zh-CN')} ${p.number} 重复，应为 ${p.expected}`, hint: `${label}每个${kind(p.what, 'zh-CN')}编号只用一次；给这个${kind(p.what, 'zh-CN')}重新编号，或把它并入第一个。`, related: `第一个${kind(p.what, 'zh-CN')} ${p.number} 在这里`}),
    example: {what: 'section', number: '1.2', expected: '1.3'}
  }),
  'numbering/sequence': entry({
    en: (p: {what: string; number: string; expected: string; first: string}) => ({reason: `Unexpected ${kind(p.what, 'en')} ${p.number} out of sequence, expected ${p.expected}`, hint: `Number ${kind(p.what, 'en')}s consecutively from ${p.first}.`}),
    'zh-CN': (p) => ({reason: `${kind(p.what, 'zh-CN')} ${p.number} 编号不连续，应为 ${p.expected}`, hint: `${label}${kind(p.what, 'zh-CN')}从 ${p.first} 起连续编号。`}),
    example: {what: 'part', number: '四', expected: '三', first: '一'}
  }),
  'empty-part': entry({
    en: (p: {heading: string; number: number}) => ({reason: `Unexpected part \`${p.heading}\` without sections, expected \`### ${p.number}.1 标题 (N分钟)\` under it`, hint: 'Add the part\'s sections, or remove the part.'}),
    'zh-CN': (p) => ({reason: `部分 “${p.heading}” 下没有小节，其下应有 “### ${p.number}.1 标题 (N分钟)”`, hint: `${label}为这个部分添加小节，或删除这个部分。`}),
    example: {heading: '三、系统设计 (20分钟)', number: 3}
  }),
  objective: entry({
    en: (p: {id: string; label: string}) => ({reason: `Unexpected section \`${p.id}\` without an objective, expected \`**${p.label}：** ...\` under its heading`, hint: `Add a line \`**${p.label}：** 验证候选人...\` right after the section heading.`}),
    'zh-CN': (p) => ({reason: `第 ${p.id} 节缺少考核目标，标题下应有 “**${p.label}：** ...”`, hint: `${label}在小节标题后紧接一行 “**${p.label}：** 验证候选人...”。`}),
    example: {id: '1.2', label: '考核目标'}
  }),
  'duration/missing': entry({
    en: (p: {what: string; heading: string; depth: number}) => ({reason: `Unexpected ${kind(p.what, 'en')} heading without a duration, expected \`${'#'.repeat(p.depth)} ${p.heading} (N分钟)\``, hint: 'Add the planned minutes at the end of the heading, e.g. `(10分钟)` or a range `(25-30分钟)`.'}),
    'zh-CN': (p) => ({reason: `${kind(p.what, 'zh-CN')}标题 “${p.heading}” 缺少时长，应为 “${'#'.repeat(p.depth)} ${p.heading} (N分钟)”`, hint: `${label}在标题末尾写上计划的分钟数，例如 “(10分钟)” 或范围 “(25-30分钟)”。`}),
    example: {what: 'section', heading: '1.1 注意力机制', depth: 3}
  }),
  'duration/labelled': entry({
    en: (p: {label: string; text: string; minutes: string}) => ({reason: `Unexpected words \`${p.label}\` in the duration \`${p.text}\`, expected only the minutes, as \`${p.minutes}\``, hint: `Keep only the minutes in the parentheses: \`${p.minutes}\`; put \`${p.label}\` in the title or the objective.`}),
    'zh-CN': (p) => ({reason: `时长 “${p.text}” 中有多余的文字 “${p.label}”，括号里应只写分钟数，如 “${p.minutes}”`, hint: `${label}括号里只保留分钟数 “${p.minutes}”；把 “${p.label}” 写进标题或考核目标。`}),
    example: {label: '重点', text: '(重点 10分钟)', minutes: '(10分钟)'}
  }),
  'duration/reversed': entry({
    en: (p: {text: string}) => ({reason: `Unexpected duration \`${p.text}\` with its longer time first, expected the shorter first, as \`(25-30分钟)\``, hint: 'Write the minutes as Arabic digits followed by 分钟, inside parentheses.'}),
    'zh-CN': (p) => ({reason: `时长 “${p.text}” 把较长的时间写在了前面，应先写较短的，如 “(25-30分钟)”`, hint: `${label}在括号里用阿拉伯数字写分钟数，后接 “分钟”。`}),
    example: {text: '(30-25分钟)'}
  }),
  'duration/malformed': entry({
    en: (p: {text: string}) => ({reason: `Unexpected duration \`${p.text}\`, expected whole minutes such as \`(10分钟)\` or \`(25-30分钟)\``, hint: 'Write the minutes as Arabic digits followed by 分钟, inside parentheses.'}),
    'zh-CN': (p) => ({reason: `时长 “${p.text}” 不合规范，应为整分钟数，如 “(10分钟)” 或 “(25-30分钟)”`, hint: `${label}在括号里用阿拉伯数字写分钟数，后接 “分钟”。`}),
    example: {text: '(十分钟)'}
  }),
  'heading-link': entry({
    en: () => ({reason: 'Unexpected link in this heading, expected plain text', hint: 'Only the headings of parts, sections and groups (`####`, and the `###` of tips and references) keep links: move the link into an item under this heading, e.g. `- [文本](../notes/x.md)`.'}),
    'zh-CN': () => ({reason: '这个标题中有链接，应为纯文本', hint: `${label}只有部分、小节和分组的标题（\`####\`，以及面试建议和参考资料的 \`###\`）保留链接：把链接移到标题下的条目中，例如 \`- [文本](../notes/x.md)\`。`}),
    example: {}
  }),
  'heading-formatting': entry({
    en: () => ({reason: 'Unexpected formatting in a heading, expected plain text', hint: 'Headings are shown as plain text: remove the `**`, `*` or backticks.'}),
    'zh-CN': () => ({reason: '标题中有格式标记，应为纯文本', hint: `${label}标题按纯文本显示：删除其中的 \`**\`、\`*\` 或反引号。`}),
    example: {}
  }),
  'heading-order': entry({
    en: (p: {depth: number; previous: number}) => ({reason: `Unexpected level ${p.depth} heading (\`${'#'.repeat(p.depth)}\`) after level ${p.previous}, expected level ${p.previous + 1} (\`${'#'.repeat(p.previous + 1)}\`) or less`, hint: `Headings go one level deeper at a time: use \`${'#'.repeat(p.previous + 1)}\` here, or add the missing level above.`}),
    'zh-CN': (p) => ({reason: `${p.previous} 级标题之后出现了 ${p.depth} 级标题（“${'#'.repeat(p.depth)}”），应为 ${p.previous + 1} 级（“${'#'.repeat(p.previous + 1)}”）或更高级别`, hint: `${label}标题每次只能深入一级：这里用 “${'#'.repeat(p.previous + 1)}”，或在上面补上缺少的一级。`}),
    example: {depth: 4, previous: 2}
  }),
  'empty-item': entry({
    en: () => ({reason: 'Unexpected empty list item, expected text', hint: 'Write the topic or question after the `-`, or delete the line.'}),
    'zh-CN': () => ({reason: '列表项为空，应有文字', hint: `${label}在 “-” 后写上知识点或问题，或删除这一行。`}),
    example: {}
  }),
  'too-deep/list': entry({
    en: (p: {depth: number; max: number}) => ({reason: `Unexpected list nested ${p.depth} levels deep, expected at most ${p.max}`, hint: 'Outlines nest a few levels at most: flatten this part of the list.'}),
    'zh-CN': (p) => ({reason: `列表嵌套了 ${p.depth} 层，最多应为 ${p.max} 层`, hint: `${label}大纲最多嵌套几层：把这部分列表改得扁平一些。`}),
    example: {depth: 9, max: 8}
  }),
  'link-target': entry({
    en: (p: {url: string}) => ({reason: `Unexpected link to \`${p.url}\`, a file that does not exist, expected a path from the guide's folder to a file`, hint: 'Relative links are resolved from the folder of the guide file: fix the path, add the file, or link to its published address (https://...).'}),
    'zh-CN': (p) => ({reason: `链接指向的文件 “${p.url}” 不存在，应为从大纲所在文件夹到某个文件的路径`, hint: `${label}相对链接从大纲文件所在的文件夹算起：改正路径、补上文件，或改为链接它发布后的地址（https://...）。`}),
    example: {url: '../notes/missing.md'}
  }),
  'part-duration': entry({
    en: (p: {total: string; ordinal: string; expected: string; listing: string}) => ({reason: `Unexpected sections totalling ${p.total} minutes in part ${p.ordinal}, expected ${p.expected} as its heading says`, hint: `The sections add up to ${p.listing} = ${p.total}: change a section's minutes or the part's.`}),
    'zh-CN': (p) => ({reason: `第${p.ordinal}部分各小节合计 ${p.total} 分钟，应与部分标题所写的 ${p.expected} 分钟一致`, hint: `${label}各小节相加为 ${p.listing} = ${p.total}：修改某个小节或这个部分的分钟数。`}),
    example: {total: '35', ordinal: '一', expected: '30', listing: '1.1 (10) + 1.2 (25)'}
  }),
  'total-duration': entry({
    en: (p: {total: string; recommended: string}) => ({reason: `Unexpected planned total of ${p.total} minutes, expected ${p.recommended} minutes as recommended`, hint: 'An interview takes only part of the guide: the level plans choose what fits. Shorten parts, or change `duration` in the front matter.'}),
    'zh-CN': (p) => ({reason: `计划总时长为 ${p.total} 分钟，建议时长为 ${p.recommended} 分钟`, hint: `${label}一场面试只用大纲的一部分，由各级别的计划挑选合适的内容。可以缩短某些部分，或修改前置元数据中的 \`duration\`。`}),
    example: {total: '130', recommended: '90-120'}
  }),
  'rubric-weight/missing': entry({
    en: (p: {title: string}) => ({reason: `Unexpected rubric criterion \`${p.title}\` without a weight, expected \`### ${p.title} (N%)\``, hint: 'Give every criterion its share of the score in percent; the shares add up to 100%.'}),
    'zh-CN': (p) => ({reason: `评分标准 “${p.title}” 缺少权重，应为 “### ${p.title} (N%)”`, hint: `${label}给每项标准写上它在总分中所占的百分比；各项相加为 100%。`}),
    example: {title: '工程实践'}
  }),
  'rubric-weight/total': entry({
    en: (p: {total: number; weights: readonly string[]}) => ({reason: `Unexpected rubric weights totalling ${p.total}%, expected 100%`, hint: `The weights are ${p.weights.join(' + ')}: change them so they add up to 100%.`}),
    'zh-CN': (p) => ({reason: `评分标准的权重合计为 ${p.total}%，应为 100%`, hint: `${label}当前权重为 ${p.weights.join(' + ')}：调整它们，使合计为 100%。`}),
    example: {total: 90, weights: ['理论 40%', '实践 50%']}
  })
}

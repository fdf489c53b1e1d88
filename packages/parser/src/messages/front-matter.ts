import {codeList, entry, zhHintLabel as label} from './catalogue.js'
import {yamlValueName, type YamlValueParams} from './describe.js'

const mapWhat = {level: {en: 'a level', 'zh-CN': '级别'}, 'plan-entry': {en: 'a plan entry', 'zh-CN': '计划条目'}} as const
type MapWhat = keyof typeof mapWhat
const whatOf = (what: string, lang: 'en' | 'zh-CN') => (Object.hasOwn(mapWhat, what) ? mapWhat[what as MapWhat][lang] : what)

/** Messages about the YAML front matter: its keys, values and level plans. */
export const frontMatterMessages = {
  'front-matter/missing': entry({
    en: () => ({reason: 'Unexpected guide without front matter, expected a `---` block with `id`, `lang` and `duration` on line 1', hint: 'Start the file with:\n---\nid: my-guide\nlang: zh-CN\nduration: 90-120\n---'}),
    'zh-CN': () => ({reason: '大纲缺少前置元数据，第 1 行起应为含 `id`、`lang` 和 `duration` 的 `---` 块', hint: `${label}在文件开头写上：\n---\nid: my-guide\nlang: zh-CN\nduration: 90-120\n---`}),
    example: {}
  }),
  'front-matter/yaml': entry({
    en: (p: {code: string; detail: string; more: number}) => ({reason: `Unexpected YAML in front matter (${p.code}), expected valid YAML`, hint: `${p.detail}${p.more > 0 ? ` (${p.more} more YAML message${p.more > 1 ? 's' : ''} may follow from this one)` : ''}`}),
    'zh-CN': (p) => ({reason: `前置元数据中的 YAML 有误（${p.code}），应为合法的 YAML`, hint: `${label}修正 YAML 语法：${p.detail}${p.more > 0 ? `（后面另有 ${p.more} 条 YAML 消息可能由此引起）` : ''}`}),
    example: {code: 'missing char', detail: 'Implicit map keys need to be followed by map values', more: 1}
  }),
  'front-matter/not-mapping': entry({
    en: () => ({reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines', hint: 'Write the front matter as `id: ...`, `lang: ...`, `duration: ...` and `levels:` lines.'}),
    'zh-CN': () => ({reason: '前置元数据不是键值映射，应为 `键: 值` 形式的行', hint: `${label}把前置元数据写成 \`id: ...\`、\`lang: ...\`、\`duration: ...\` 和 \`levels:\` 几行。`}),
    example: {}
  }),
  'front-matter/not-text': entry({
    en: (p: YamlValueParams & {what: string}) => ({reason: `Unexpected ${yamlValueName(p, 'en')} for ${p.what}, expected text`, hint: `Give ${p.what} a value on the same line, e.g. \`${p.what}: ...\`.`}),
    'zh-CN': (p) => ({reason: `“${p.what}” 的值是${yamlValueName(p, 'zh-CN')}，应为文字`, hint: `${label}在同一行给 “${p.what}” 写上值，例如 \`${p.what}: ...\`。`}),
    example: {value: 'empty', what: 'lang'}
  }),
  'front-matter/missing-keys': entry({
    en: (p: {missing: readonly string[]}) => ({reason: `Unexpected front matter without ${codeList(p.missing)}, expected \`id\`, \`lang\` and \`duration\``, hint: 'Every guide declares `id: my-guide`, `lang: zh-CN` and `duration: 90-120` (recommended minutes).'}),
    'zh-CN': (p) => ({reason: `前置元数据缺少 ${codeList(p.missing, '、')}，应含 \`id\`、\`lang\` 和 \`duration\``, hint: `${label}每份大纲都要声明 \`id: my-guide\`、\`lang: zh-CN\` 和 \`duration: 90-120\`（建议时长，单位分钟）。`}),
    example: {missing: ['lang', 'duration']}
  }),
  'front-matter/unknown-key': entry({
    en: (p: {key: string; allowed: readonly string[]}) => ({reason: `Unexpected front matter key \`${p.key}\`, expected one of ${codeList(p.allowed)}`, hint: 'Remove the key or fix its spelling.'}),
    'zh-CN': (p) => ({reason: `前置元数据中有未知的键 “${p.key}”，应为 ${codeList(p.allowed, '、')} 之一`, hint: `${label}删除这个键，或改正它的拼写。`}),
    example: {key: 'titel', allowed: ['id', 'lang', 'duration', 'levels']}
  }),
  'front-matter/id': entry({
    en: (p: {id: string}) => ({reason: `Unexpected guide id \`${p.id}\`, expected a lowercase ASCII slug`, hint: 'Use lowercase letters, digits and hyphens, starting with a letter, e.g. `llm-interview`.'}),
    'zh-CN': (p) => ({reason: `大纲 id “${p.id}” 不合规范，应为小写 ASCII 短名`, hint: `${label}只用小写字母、数字和连字符，并以字母开头，例如 \`llm-interview\`。`}),
    example: {id: 'My Guide'}
  }),
  'front-matter/lang': entry({
    en: (p: {lang: string}) => ({reason: `Unexpected language \`${p.lang}\`, expected a BCP 47 tag`, hint: 'Write the language of the text, e.g. `lang: zh-CN`.'}),
    'zh-CN': (p) => ({reason: `语言 “${p.lang}” 不合规范，应为 BCP 47 语言标记`, hint: `${label}写上正文所用的语言，例如 \`lang: zh-CN\`。`}),
    example: {lang: 'chinese!'}
  }),
  'front-matter/duration': entry({
    en: (p: {text: string}) => ({reason: `Unexpected duration \`${p.text}\`, expected minutes such as \`90-120\` or \`100\``, hint: 'Write the recommended interview length in minutes: `duration: 90-120`.'}),
    'zh-CN': (p) => ({reason: `时长 “${p.text}” 不合规范，应为分钟数，如 \`90-120\` 或 \`100\``, hint: `${label}以分钟写出建议的面试时长：\`duration: 90-120\`。`}),
    example: {text: 'two hours'}
  }),
  'front-matter/not-mapping-for': entry({
    en: (p: YamlValueParams & {what: string}) => ({reason: `Unexpected ${yamlValueName(p, 'en')} for ${whatOf(p.what, 'en')}, expected a mapping`, hint: `Write ${whatOf(p.what, 'en')} as \`key: value\` pairs.`}),
    'zh-CN': (p) => ({reason: `${whatOf(p.what, 'zh-CN')}的值是${yamlValueName(p, 'zh-CN')}，应为键值映射`, hint: `${label}把${whatOf(p.what, 'zh-CN')}写成 \`键: 值\` 对。`}),
    example: {value: 'scalar', text: 'foundation', what: 'level'}
  }),
  'front-matter/unknown-key-in': entry({
    en: (p: {key: string; what: string; allowed: readonly string[]}) => ({reason: `Unexpected key \`${p.key}\` in ${whatOf(p.what, 'en')}, expected one of ${codeList(p.allowed)}`, hint: 'Remove the key or fix its spelling.'}),
    'zh-CN': (p) => ({reason: `${whatOf(p.what, 'zh-CN')}中有未知的键 “${p.key}”，应为 ${codeList(p.allowed, '、')} 之一`, hint: `${label}删除这个键，或改正它的拼写。`}),
    example: {key: 'minuts', what: 'plan-entry', allowed: ['section', 'role', 'minutes']}
  }),
  'front-matter/levels-not-list': entry({
    en: (p: YamlValueParams) => ({reason: `Unexpected ${yamlValueName(p, 'en')} for \`levels\`, expected a list of levels`, hint: 'Write each level as a list entry: `- id: foundation` with `label:` and `plan:` under it.'}),
    'zh-CN': (p) => ({reason: `\`levels\` 的值是${yamlValueName(p, 'zh-CN')}，应为级别列表`, hint: `${label}每个级别写成一个列表条目：\`- id: foundation\`，其下写 \`label:\` 和 \`plan:\`。`}),
    example: {value: 'mapping'}
  }),
  'front-matter/level-field': entry({
    en: (p: {field: string}) => ({reason: `Unexpected level without \`${p.field}\`, expected \`id\`, \`label\` and \`plan\``, hint: 'A level needs an ASCII `id` (used in URLs), the `label` written in the body, and its `plan`.'}),
    'zh-CN': (p) => ({reason: `级别缺少 \`${p.field}\`，应含 \`id\`、\`label\` 和 \`plan\``, hint: `${label}每个级别都要有 ASCII 的 \`id\`（用于网址）、与正文一致的 \`label\` 以及它的 \`plan\`。`}),
    example: {field: 'plan'}
  }),
  'front-matter/level-id': entry({
    en: (p: {id: string}) => ({reason: `Unexpected level id \`${p.id}\`, expected a lowercase ASCII slug`, hint: 'Level ids appear in URLs: use lowercase letters, digits and hyphens, e.g. `foundation`.'}),
    'zh-CN': (p) => ({reason: `级别 id “${p.id}” 不合规范，应为小写 ASCII 短名`, hint: `${label}级别 id 会出现在网址中：只用小写字母、数字和连字符，例如 \`foundation\`。`}),
    example: {id: '基础'}
  }),
  'front-matter/level-id-reserved': entry({
    en: (p: {id: string; reserved: readonly string[]}) => ({reason: `Unexpected level id \`${p.id}\`, expected an id other than ${codeList(p.reserved)}`, hint: 'These names are taken by other pages of the published guide; choose another id, e.g. `foundation`.'}),
    'zh-CN': (p) => ({reason: `级别 id “${p.id}” 已被占用，不能使用 ${codeList(p.reserved, '、')}`, hint: `${label}这些名字已用于发布后大纲的其他页面；请换一个 id，例如 \`foundation\`。`}),
    example: {id: 'print', reserved: ['print', 'interview']}
  }),
  'front-matter/plan-not-list': entry({
    en: (p: YamlValueParams) => ({reason: `Unexpected ${yamlValueName(p, 'en')} for \`plan\`, expected a list of sections`, hint: 'Write one entry per section: `- {section: 1.1, role: core, minutes: 10}`.'}),
    'zh-CN': (p) => ({reason: `\`plan\` 的值是${yamlValueName(p, 'zh-CN')}，应为小节列表`, hint: `${label}每个小节写一个条目：\`- {section: 1.1, role: core, minutes: 10}\`。`}),
    example: {value: 'scalar', text: 'all'}
  }),
  'front-matter/plan-field': entry({
    en: (p: {field: string}) => ({reason: `Unexpected plan entry without \`${p.field}\`, expected \`section\` and \`role\``, hint: 'Write `{section: 1.1, role: core, minutes: 10}`; role is core, optional or skip.'}),
    'zh-CN': (p) => ({reason: `计划条目缺少 \`${p.field}\`，应含 \`section\` 和 \`role\``, hint: `${label}写成 \`{section: 1.1, role: core, minutes: 10}\`；role 取 core、optional 或 skip。`}),
    example: {field: 'role'}
  }),
  'front-matter/plan-minutes': entry({
    en: (p: {text: string}) => ({reason: `Unexpected minutes \`${p.text}\`, expected a whole number`, hint: 'Write the minutes this level spends on the section, e.g. `minutes: 10`.'}),
    'zh-CN': (p) => ({reason: `分钟数 “${p.text}” 不合规范，应为整数`, hint: `${label}写上这个级别在该小节上所用的分钟数，例如 \`minutes: 10\`。`}),
    example: {text: 'ten'}
  })
}

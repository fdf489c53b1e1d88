import {codeList, entry, zhHintLabel as label} from './catalogue.js'

/** Messages about level plans and the level list. */
export const levelMessages = {
  'level-plan/duplicate-id': entry({
    en: (p: {id: string}) => ({reason: `Unexpected duplicate level id \`${p.id}\`, expected each level once`, hint: 'Give each level its own `id`.'}),
    'zh-CN': (p) => ({reason: `级别 id “${p.id}” 重复，每个级别只应出现一次`, hint: `${label}给每个级别一个独立的 \`id\`。`}),
    example: {id: 'foundation'}
  }),
  'level-plan/label-not-found': entry({
    en: (p: {label: string}) => ({reason: `Unexpected level label \`${p.label}\` not found in the guide, expected a \`**${p.label}：** ...\` item in the advice`, hint: 'The label must equal the bold lead-in of the level\'s item in the body (without the colon).'}),
    'zh-CN': (p) => ({reason: `正文中找不到级别名称 “${p.label}”，面试建议中应有一条 “**${p.label}：** ...”`, hint: `${label}label 必须与正文中该级别条目开头的加粗文字一致（不含冒号）。`}),
    example: {label: '基础型候选人'}
  }),
  'level-plan/unknown-section': entry({
    en: (p: {section: string; level: string; sections: readonly string[]}) => ({reason: `Unexpected section \`${p.section}\` in the plan of \`${p.level}\`, expected one of the guide's sections`, hint: `The guide has sections ${p.sections.join(', ')}.`}),
    'zh-CN': (p) => ({reason: `“${p.level}” 的计划中有不存在的小节 “${p.section}”，应为大纲中的某个小节`, hint: `${label}大纲中的小节有 ${p.sections.join('、')}。`}),
    example: {section: '9.9', level: 'foundation', sections: ['1.1', '1.2']}
  }),
  'level-plan/section-twice': entry({
    en: (p: {section: string; level: string}) => ({reason: `Unexpected section \`${p.section}\` planned twice for \`${p.level}\`, expected each section once`, hint: 'Remove one of the two entries.', related: `First entry for \`${p.section}\``}),
    'zh-CN': (p) => ({reason: `小节 “${p.section}” 在 “${p.level}” 的计划中出现了两次，每个小节只应出现一次`, hint: `${label}删除其中一个条目。`, related: `“${p.section}” 的第一个条目`}),
    example: {section: '1.1', level: 'foundation'}
  }),
  'level-plan/role': entry({
    en: (p: {role: string}) => ({reason: `Unexpected role \`${p.role}\`, expected \`core\`, \`optional\` or \`skip\``, hint: 'core: always asked; optional: asked when time allows; skip: left out for this level.'}),
    'zh-CN': (p) => ({reason: `角色 “${p.role}” 不合规范，应为 \`core\`、\`optional\` 或 \`skip\``, hint: `${label}core：必问；optional：时间允许时再问；skip：这个级别不问。`}),
    example: {role: 'main'}
  }),
  'level-plan/skipped-minutes': entry({
    en: (p: {minutes: number; section: string}) => ({reason: `Unexpected ${p.minutes} minutes for skipped section \`${p.section}\`, expected none`, hint: 'Remove `minutes`, or make the section `core` or `optional`.'}),
    'zh-CN': (p) => ({reason: `跳过的小节 “${p.section}” 不应有时长，却写了 ${p.minutes} 分钟`, hint: `${label}删除 \`minutes\`，或把这个小节改为 \`core\` 或 \`optional\`。`}),
    example: {minutes: 5, section: '2.1'}
  }),
  'level-plan/missing-sections': entry({
    en: (p: {level: string; missing: readonly string[]}) => ({reason: `Unexpected plan of \`${p.level}\` without section${p.missing.length > 1 ? 's' : ''} ${p.missing.join(', ')}, expected every section once`, hint: `Add \`- {section: ${p.missing[0]}, role: skip}\` (or core/optional with minutes) so every section has a place in the level's interview.`}),
    'zh-CN': (p) => ({reason: `“${p.level}” 的计划缺少小节 ${p.missing.join('、')}，每个小节都应出现一次`, hint: `${label}添加 \`- {section: ${p.missing[0]}, role: skip}\`（或带分钟数的 core/optional），让每个小节在这个级别的面试中都有安排。`}),
    example: {level: 'foundation', missing: ['2.1', '2.2']}
  }),
  'level-plan/total-over': entry({
    en: (p: {level: string; total: number; recommended: string}) => ({reason: `Unexpected plan of \`${p.level}\` totalling ${p.total} minutes, expected ${p.recommended} minutes as recommended`, hint: 'The plan overruns the interview: lower some minutes, or skip a section.'}),
    'zh-CN': (p) => ({reason: `“${p.level}” 的计划合计 ${p.total} 分钟，建议时长为 ${p.recommended} 分钟`, hint: `${label}计划超出了面试时长：减少一些分钟数，或跳过某个小节。`}),
    example: {level: 'foundation', total: 150, recommended: '90-120'}
  }),
  'level-plan/total-under': entry({
    en: (p: {level: string; total: number; recommended: string}) => ({reason: `Unexpected plan of \`${p.level}\` totalling ${p.total} minutes, expected ${p.recommended} minutes as recommended`, hint: 'The plan leaves time unused: give sections more minutes or add optional ones.'}),
    'zh-CN': (p) => ({reason: `“${p.level}” 的计划合计 ${p.total} 分钟，建议时长为 ${p.recommended} 分钟`, hint: `${label}计划没有用满面试时间：给小节多分配一些分钟数，或增加 optional 小节。`}),
    example: {level: 'foundation', total: 60, recommended: '90-120'}
  }),
  'level-plan/no-level-list': entry({
    en: (p: {labels: readonly string[]}) => ({reason: `Unexpected levels without a level list in the guide, expected a \`###\` block in the advice listing ${p.labels.map((l) => `\`**${l}：** ...\``).join(', ')}`, hint: `Under the advice's \`##\` heading, add a \`###\` heading followed by one item per level, e.g. \`- **${p.labels[0]}：** 重点考核...\`; the bold text equals the level's \`label\`.`}),
    'zh-CN': (p) => ({reason: `声明了级别，但正文中没有级别列表，面试建议中应有一个 \`###\` 块列出 ${p.labels.map((l) => `“**${l}：** ...”`).join('、')}`, hint: `${label}在面试建议的 \`##\` 标题下加一个 \`###\` 标题，其后每个级别写一条，例如 “- **${p.labels[0]}：** 重点考核...”；加粗文字与该级别的 \`label\` 一致。`}),
    example: {labels: ['基础型候选人', '研究型候选人']}
  }),
  'level-plan/no-plans': entry({
    en: (p: {labels: readonly string[]}) => ({reason: `Unexpected level list without plans, expected \`levels:\` in the front matter for ${codeList(p.labels)}`, hint: 'Declare each level under `levels:` with an `id`, this `label` and a `plan` (`llm-interview new` writes them from the outline); until then the guide has no level pages.'}),
    'zh-CN': (p) => ({reason: `有级别列表但没有计划，前置元数据中应有为 ${codeList(p.labels, '、')} 声明的 \`levels:\``, hint: `${label}在 \`levels:\` 下声明每个级别，写上 \`id\`、这个 \`label\` 和 \`plan\`（\`llm-interview new\` 会根据大纲生成）；在此之前大纲没有级别页面。`}),
    example: {labels: ['基础型候选人']}
  }),
  'level-plan/undeclared-level': entry({
    en: (p: {label: string; declared: readonly string[]}) => ({reason: `Unexpected level \`${p.label}\` without a plan, expected one of ${codeList(p.declared)}`, hint: 'Declare the level under `levels:` in the front matter, with `label` set to this bold text, or fix the label.'}),
    'zh-CN': (p) => ({reason: `级别 “${p.label}” 没有计划，应为 ${codeList(p.declared, '、')} 之一`, hint: `${label}在前置元数据的 \`levels:\` 下声明这个级别，\`label\` 写成这段加粗文字；或改正级别名称。`}),
    example: {label: '专家型候选人', declared: ['基础型候选人']}
  })
}

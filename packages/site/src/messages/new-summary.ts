import type {MessageLang} from '@org/llm-interview-parser'

/** The lines of what `llm-interview new` did and decided, in one language. */
export interface NewSummaryText {
  created(p: {target: string; id: string; title: string; parts: number; sections: number}): string
  guideFile(p: {file: string; from: string | undefined}): string
  manifest(p: {file: string; name: string}): string
  lockLinked(p: {file: string; name: string}): string
  lockAlone(p: {workspace: boolean}): string
  frontMatter: string
  lang(p: {lang: string}): string
  durationStated(p: {duration: string; line: number | undefined}): string
  durationParts(p: {duration: string}): string
  noLevels: string
  levels(p: {count: number}): string
  plansScaled(p: {total: number; max: number}): string
  plans: string
  next: string
  editFrontMatter(p: {file: string; levels: boolean}): string
  check(p: {target: string}): string
  preview: string
  /** The comments at the top of the front matter it writes. */
  noteWritten: string
  noteDurationStated: string
  noteDurationParts(p: {duration: string}): string
  noteScaled: string
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

const en: NewSummaryText = {
  created: (p) => `Created ${p.target}/ (guide \`${p.id}\`, "${p.title}": ${plural(p.parts, 'part')}, ${plural(p.sections, 'section')})`,
  guideFile: (p) => `  ${p.file}: front matter, then ${p.from === undefined ? 'a skeleton outline to fill in' : `the body of ${p.from} unchanged`}`,
  manifest: (p) => `  ${p.file}: ${p.name} 0.0.0 (not released yet)`,
  lockLinked: (p) => `  ${p.file}: links ${p.name}, so npm ci passes as it is`,
  lockAlone: (p) => `  package-lock.json: left alone (${p.workspace ? 'it already links the guide' : 'the content folder is not in an npm workspace with a lockfile'})`,
  frontMatter: 'Front matter:',
  lang: (p) => `  lang: ${p.lang} (the default; change it if the outline is in another language)`,
  durationStated: (p) => `  duration: ${p.duration} (as the closing note states${p.line ? ` on line ${p.line}` : ''})`,
  durationParts: (p) => `  duration: ${p.duration} (the outline states none: chose the parts' total; set the recommended length)`,
  noLevels: '  levels: none (the advice has no `- **Level：** focus` list); the guide has no level pages',
  levels: (p) => `  levels: ${p.count}, ids by position (level-1, level-2, ...): rename them to words, they are URLs`,
  plansScaled: (p) => `  plans: every section once, in source order, core; the sections add up to ${p.total} minutes, over ${p.max}, so their minutes are scaled down to fit`,
  plans: '  plans: every section once, in source order, core, with the minutes of the section',
  next: 'Next:',
  editFrontMatter: (p) => `  1. Edit the front matter of ${p.file}: ${p.levels ? 'level ids, and per level which sections are core, optional or skip, and their minutes' : 'duration and lang'}.`,
  check: (p) => `  2. npx llm-interview check ${p.target}`,
  preview: '  3. npm run dev, to preview it; to release it, add a changeset bumping the guide package (see CONTRIBUTING.md).',
  noteWritten: 'Guide metadata, written by `llm-interview new`. The body below is the outline.',
  noteDurationStated: 'Recommended length of one interview, in minutes: as the closing note states.',
  noteDurationParts: (p) => `Recommended length of one interview, in minutes: the parts' total (${p.duration}), as the outline states none.`,
  noteScaled: "The sections add up to more than that: the plans' minutes are scaled down to fit."
}

const zh: NewSummaryText = {
  created: (p) => `已创建 ${p.target}/（大纲 “${p.id}”，“${p.title}”：${p.parts} 个部分，${p.sections} 个小节）`,
  guideFile: (p) => `  ${p.file}：前置元数据，然后是${p.from === undefined ? '待填写的大纲骨架' : ` ${p.from} 的正文（原样保留）`}`,
  manifest: (p) => `  ${p.file}：${p.name} 0.0.0（尚未发布）`,
  lockLinked: (p) => `  ${p.file}：已链接 ${p.name}，npm ci 可以直接通过`,
  lockAlone: (p) => `  package-lock.json：未改动（${p.workspace ? '它已经链接了这份大纲' : '内容文件夹不在带锁文件的 npm 工作区中'}）`,
  frontMatter: '前置元数据：',
  lang: (p) => `  lang：${p.lang}（默认值；如果大纲是其他语言，请修改）`,
  durationStated: (p) => `  duration：${p.duration}（取自结语${p.line ? `第 ${p.line} 行` : ''}的说明）`,
  durationParts: (p) => `  duration：${p.duration}（大纲没有说明时长：取各部分之和；请写上建议的时长）`,
  noLevels: '  levels：无（建议中没有 `- **级别：** 侧重` 列表）；这份大纲没有分级页面',
  levels: (p) => `  levels：${p.count} 个，id 按位置编号（level-1、level-2……）：请改成有意义的词，它们是网址`,
  plansScaled: (p) => `  plans：每个小节一次，按源文件顺序，均为必考（core）；各小节合计 ${p.total} 分钟，超过 ${p.max} 分钟，因此按比例缩短`,
  plans: '  plans：每个小节一次，按源文件顺序，均为必考（core），时长取小节的时长',
  next: '下一步：',
  editFrontMatter: (p) => `  1. 编辑 ${p.file} 的前置元数据：${p.levels ? '级别 id，以及每个级别中哪些小节为必考（core）、选考（optional）或跳过（skip），及其分钟数' : 'duration 和 lang'}。`,
  check: (p) => `  2. 运行 npx llm-interview check ${p.target}`,
  preview: '  3. 运行 npm run dev 预览；要发布时，添加一个提升该大纲包版本的 changeset（见 CONTRIBUTING.md）。',
  noteWritten: '大纲元数据，由 `llm-interview new` 写入。下面的正文就是原大纲。',
  noteDurationStated: '一场面试的建议时长（分钟）：取自结语的说明。',
  noteDurationParts: (p) => `一场面试的建议时长（分钟）：大纲没有说明，取各部分之和（${p.duration}）。`,
  noteScaled: '各小节合计超过这个时长：级别计划中的分钟数已按比例缩短。'
}

/** The summary lines of `llm-interview new` and the comments of the front matter it writes, in English and Chinese. */
export const newSummaryTexts: Record<MessageLang, NewSummaryText> = {en, 'zh-CN': zh}

import {entry, zhHintLabel as label} from '@org/llm-interview-parser'

const codeList = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ')
const zhList = (values: readonly string[]) => values.map((v) => `“${v}”`).join('、')

/**
 * Why `llm-interview new` refuses, in English and Chinese (the CLI prints
 * `llm-interview new: <reason>` and the hint below it), written in the
 * language of the guide it would make (`--lang`, default zh-CN).
 */
export const newMessages = {
  'new/id-slug': entry({
    en: (p: {id: string}) => ({reason: `Unexpected guide id \`${p.id}\`, expected a lowercase ASCII slug`, hint: 'A guide id is its URL: lowercase letters, digits and hyphens, starting with a letter, e.g. `ml-systems`.'}),
    'zh-CN': (p) => ({reason: `大纲 id “${p.id}” 不合规范，应为小写 ASCII 短名`, hint: `${label}大纲 id 就是它的网址：由小写字母、数字和连字符组成，以字母开头，例如 \`ml-systems\`。`}),
    example: {id: 'ML_Systems'}
  }),
  'new/id-reserved': entry({
    en: (p: {id: string; reserved: readonly string[]}) => ({reason: `Unexpected guide id \`${p.id}\`, expected an id other than ${codeList(p.reserved)}`, hint: 'Those names are folders of the built site, beside every guide\'s folder: choose another id.'}),
    'zh-CN': (p) => ({reason: `大纲 id “${p.id}” 已被网站占用，应为 ${zhList(p.reserved)} 以外的 id`, hint: `${label}这些名字是构建出的网站中与各大纲文件夹并列的文件夹：请换一个 id。`}),
    example: {id: 'assets', reserved: ['assets', 'schema']}
  }),
  'new/lang': entry({
    en: (p: {lang: string}) => ({reason: `Unexpected language \`${p.lang}\`, expected a BCP 47 tag`, hint: "Give the language of the outline's text, e.g. `--lang zh-CN`."}),
    'zh-CN': (p) => ({reason: `语言 “${p.lang}” 不合规范，应为 BCP 47 语言标记`, hint: `${label}给出大纲正文的语言，例如 \`--lang zh-CN\`。`}),
    example: {lang: 'zh CN'}
  }),
  'new/existing': entry({
    en: (p: {target: string}) => ({reason: `Unexpected existing \`${p.target}\`, expected a new guide id`, hint: 'Choose another id, or edit that guide instead.'}),
    'zh-CN': (p) => ({reason: `“${p.target}” 已经存在，应为新的大纲 id`, hint: `${label}换一个 id，或直接编辑那份大纲。`}),
    example: {target: 'content/ml-systems'}
  }),
  'new/lockfile': entry({
    en: (p: {why: string}) => ({reason: `Unexpected package-lock.json that cannot be read (${p.why}), expected npm's lockfile; nothing was written`, hint: 'Restore it (git checkout package-lock.json) or run npm install, then run `new` again.'}),
    'zh-CN': (p) => ({reason: `无法读取 package-lock.json（${p.why}），应为 npm 的锁文件；没有写入任何内容`, hint: `${label}恢复它（git checkout package-lock.json）或运行 npm install，然后重新运行 \`new\`。`}),
    example: {why: 'not JSON'}
  }),
  'new/write-failed': entry({
    en: (p: {target: string; why: string}) => ({reason: `Unexpected failure writing \`${p.target}\` (${p.why}), expected a new folder; nothing was written`, hint: 'Check that the content folder is writable and the disk has room, then run `new` again.'}),
    'zh-CN': (p) => ({reason: `写入 “${p.target}” 失败（${p.why}），应能新建文件夹；没有写入任何内容`, hint: `${label}确认内容文件夹可写、磁盘有空间，然后重新运行 \`new\`。`}),
    example: {target: 'content/ml-systems', why: 'EACCES'}
  }),
  'new/refused': entry({
    en: (p: {from: string}) => ({reason: `Unexpected outline ${p.from} that cannot become a guide (see above), expected one that parses; nothing was written`, hint: 'Fix the messages above in the outline, then run `new` again.'}),
    'zh-CN': (p) => ({reason: `大纲 ${p.from} 无法成为大纲文件（见上文），应能通过解析；没有写入任何内容`, hint: `${label}按上面的消息修改大纲，然后重新运行 \`new\`。`}),
    example: {from: 'outline.md'}
  })
}

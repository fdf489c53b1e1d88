import {entry, zhHintLabel as label, type MessageLang} from '@org/llm-interview-parser'

const list = (guides: readonly string[], lang: MessageLang) => (guides.length > 0 ? guides.join(lang === 'en' ? ', ' : '、') : lang === 'en' ? 'none' : '无')

/**
 * What `llm-interview release` says, in English and Chinese, besides its
 * refusals about a file (`release-refusals.ts`, reported at the file's
 * line:column): its refusals of the command line itself (a version that is
 * not x.y.z, an unknown or missing --guide: printed as `llm-interview
 * release: <reason>` and the hint, with no position, as they concern no
 * file), the closing line of a refusal of a source with errors, and what it
 * released or checked (`release/released`, `release/checked`). Written in
 * `--lang`, else in the guide's language once the guide is known, else in
 * Chinese.
 */
export const releaseMessages = {
  'release/version': entry({
    en: (p: {version: string}) => ({reason: `Unexpected version \`${p.version}\` on the command line, expected x.y.z without leading zeros (e.g. 1.1.0)`, hint: 'Give the version as x.y.z: `llm-interview release 1.1.0 --guide <id>`.'}),
    'zh-CN': (p) => ({reason: `命令行中的版本号 “${p.version}” 不合规范，应为不带前导零的 x.y.z（例如 1.1.0）`, hint: `${label}按 x.y.z 给出版本号：\`llm-interview release 1.1.0 --guide <id>\`。`}),
    example: {version: '1.00.1'}
  }),
  'release/unknown-guide': entry({
    en: (p: {guide: string; content: string; guides: readonly string[]}) => ({reason: `Unexpected --guide \`${p.guide}\` on the command line, expected a guide of ${p.content} (guides: ${list(p.guides, 'en')})`, hint: `Each guide is a folder ${p.content}/<guide-id>/ with guide.md: name one with --guide.`}),
    'zh-CN': (p) => ({reason: `命令行中的 --guide “${p.guide}” 在 ${p.content} 中不存在，应为其中的大纲（现有大纲：${list(p.guides, 'zh-CN')}）`, hint: `${label}每份大纲是文件夹 ${p.content}/<guide-id>/ 及其中的 guide.md：用 --guide 指定其中一个。`}),
    example: {guide: 'ml', content: 'content', guides: ['ml-platform']}
  }),
  'release/name-guide': entry({
    en: (p: {guides: readonly string[]}) => ({reason: `Unexpected command line without --guide, expected the guide to release (guides: ${list(p.guides, 'en')})`, hint: 'Name it: `llm-interview release <x.y.z> --guide <id>`.'}),
    'zh-CN': (p) => ({reason: `命令行中没有 --guide，应指定要发布的大纲（现有大纲：${list(p.guides, 'zh-CN')}）`, hint: `${label}指定它：\`llm-interview release <x.y.z> --guide <id>\`。`}),
    example: {guides: ['a', 'b']}
  }),
  'release/errors': entry({
    en: (p: {source: string; count: number; first: string}) => ({reason: `Nothing released: ${p.source} has errors (${p.count} listed above, the first at ${p.first}); fix them before releasing`, hint: ''}),
    'zh-CN': (p) => ({reason: `未发布任何内容：${p.source} 有 ${p.count} 个错误（见上，第一个在 ${p.first}）；发布前请先修正`, hint: ''}),
    example: {source: 'content/x/guide.md', count: 2, first: 'content/x/guide.md:12:3'}
  }),
  'release/checked': entry({
    en: (p: {guide: string; version: string; source: string; bytes: number}) => ({reason: `Checked ${p.guide} ${p.version}: ${p.source} can be released (${p.bytes} bytes); nothing written`, hint: ''}),
    'zh-CN': (p) => ({reason: `已检查 ${p.guide} ${p.version}：${p.source} 可以发布（${p.bytes} 字节）；未写入任何内容`, hint: ''}),
    example: {guide: 'ml-platform', version: '1.1.0', source: 'content/ml-platform/guide.md', bytes: 5120}
  }),
  'release/released': entry({
    en: (p: {guide: string; version: string; target: string; bytes: number; checksums: string}) => ({reason: `Released ${p.guide} ${p.version}: ${p.target} (${p.bytes} bytes, sha256 recorded in ${p.checksums})`, hint: ''}),
    'zh-CN': (p) => ({reason: `已发布 ${p.guide} ${p.version}：${p.target}（${p.bytes} 字节，sha256 已记录在 ${p.checksums}）`, hint: ''}),
    example: {guide: 'ml-platform', version: '1.1.0', target: 'content/ml-platform/versions/1.1.0.md', bytes: 5120, checksums: 'content/ml-platform/versions/checksums.json'}
  })
}

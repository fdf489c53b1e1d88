import {entry, type MessageLang} from '@org/llm-interview-parser'

const list = (guides: readonly string[], lang: MessageLang) => (guides.length > 0 ? guides.join(lang === 'en' ? ', ' : '、') : lang === 'en' ? 'none' : '无')

/**
 * What `llm-interview release` says, in English and Chinese: why it refuses
 * (the CLI prints `llm-interview release: <reason>`) and what it released or
 * checked (`release/released`, `release/checked`, printed as they are). One
 * sentence each, so `hint` is empty. Written in `--lang`, else in the
 * guide's language once the guide is known.
 */
export const releaseMessages = {
  'release/version': entry({
    en: (p: {version: string}) => ({reason: `unexpected version \`${p.version}\`, expected x.y.z without leading zeros (e.g. 1.1.0)`, hint: ''}),
    'zh-CN': (p) => ({reason: `版本号 “${p.version}” 不合规范，应为不带前导零的 x.y.z（例如 1.1.0）`, hint: ''}),
    example: {version: '1.00.1'}
  }),
  'release/unknown-guide': entry({
    en: (p: {guide: string; content: string; guides: readonly string[]}) => ({reason: `no guide \`${p.guide}\` in ${p.content} (guides: ${list(p.guides, 'en')})`, hint: ''}),
    'zh-CN': (p) => ({reason: `${p.content} 中没有大纲 “${p.guide}”（现有大纲：${list(p.guides, 'zh-CN')}）`, hint: ''}),
    example: {guide: 'ml', content: 'content', guides: ['ml-platform']}
  }),
  'release/name-guide': entry({
    en: (p: {guides: readonly string[]}) => ({reason: `name the guide with --guide (guides: ${list(p.guides, 'en')})`, hint: ''}),
    'zh-CN': (p) => ({reason: `请用 --guide 指定大纲（现有大纲：${list(p.guides, 'zh-CN')}）`, hint: ''}),
    example: {guides: ['a', 'b']}
  }),
  'release/checksums': entry({
    en: (p: {file: string; why: string}) => ({reason: `${p.file} cannot be read (${p.why}); restore it from git before releasing`, hint: ''}),
    'zh-CN': (p) => ({reason: `无法读取 ${p.file}（${p.why}）；发布前请先从 git 恢复它`, hint: ''}),
    example: {file: 'content/x/versions/checksums.json', why: 'not JSON'}
  }),
  'release/already': entry({
    en: (p: {version: string; guide: string}) => ({reason: `version ${p.version} of \`${p.guide}\` is already released; released versions never change`, hint: ''}),
    'zh-CN': (p) => ({reason: `“${p.guide}” 的版本 ${p.version} 已经发布；已发布的版本永不改动`, hint: ''}),
    example: {version: '1.0.0', guide: 'ml-platform'}
  }),
  'release/not-after': entry({
    en: (p: {version: string; latest: string}) => ({reason: `version ${p.version} does not follow the latest release ${p.latest}; choose a higher version`, hint: ''}),
    'zh-CN': (p) => ({reason: `版本 ${p.version} 不高于最新发布的版本 ${p.latest}；请选一个更高的版本号`, hint: ''}),
    example: {version: '0.9.9', latest: '1.0.0'}
  }),
  'release/errors': entry({
    en: (p: {source: string}) => ({reason: `${p.source} has errors; fix them before releasing`, hint: ''}),
    'zh-CN': (p) => ({reason: `${p.source} 有错误；发布前请先修正`, hint: ''}),
    example: {source: 'content/x/guide.md'}
  }),
  'release/write-failed': entry({
    en: (p: {version: string; guide: string; code: string}) => ({reason: `could not write version ${p.version} of \`${p.guide}\` (${p.code}); nothing was released`, hint: ''}),
    'zh-CN': (p) => ({reason: `无法写入 “${p.guide}” 的版本 ${p.version}（${p.code}）；没有发布任何内容`, hint: ''}),
    example: {version: '1.1.0', guide: 'ml-platform', code: 'EEXIST'}
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

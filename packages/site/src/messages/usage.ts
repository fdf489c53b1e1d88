import {entry, type MessageLang} from '@org/llm-interview-parser'

const codes = (values: readonly string[], lang: MessageLang) => values.map((v) => (lang === 'en' ? `\`${v}\`` : `“${v}”`)).join(lang === 'en' ? ' or ' : ' 或 ')
const meant = (suggestion: string, lang: MessageLang) => (suggestion === '' ? '' : lang === 'en' ? `; did you mean \`${suggestion}\`?` : `；是否想输入 “${suggestion}”？`)
const argumentsWanted = (p: {least: number; most: number}, lang: MessageLang) => {
  if (p.most < 0) return lang === 'en' ? `at least ${p.least}` : `至少 ${p.least} 个`
  if (p.least === p.most) return lang === 'en' ? String(p.least) : ` ${p.least} 个`
  return lang === 'en' ? `${p.least}-${p.most}` : ` ${p.least} 到 ${p.most} 个`
}

/**
 * What the CLI says about a command line it cannot run (exit code 2), in
 * English and Chinese: the reason, printed as `llm-interview <command>:
 * <reason>`, then `usageHint` (the command's usage, where to read more).
 * One sentence each, so `hint` is empty. Written in `--lang` when it names
 * a language (`en`, `zh-CN`), else in Chinese, the guides' language.
 */
export const usageMessages = {
  'usage/unknown-command': entry({
    en: (p: {word: string; suggestion: string}) => ({reason: `Unexpected command \`${p.word}\`, expected a command of llm-interview${meant(p.suggestion, 'en')}`, hint: ''}),
    'zh-CN': (p) => ({reason: `没有命令 “${p.word}”，应为 llm-interview 的命令${meant(p.suggestion, 'zh-CN')}`, hint: ''}),
    example: {word: 'chekc', suggestion: 'check'}
  }),
  'usage/unknown-option': entry({
    en: (p: {option: string; command: string; suggestion: string}) => ({reason: `Unexpected option \`${p.option}\`, expected an option of \`${p.command}\`${meant(p.suggestion, 'en')}`, hint: ''}),
    'zh-CN': (p) => ({reason: `“${p.command}” 没有选项 “${p.option}”${meant(p.suggestion, 'zh-CN')}`, hint: ''}),
    example: {option: '--frmat', command: 'llm-interview check', suggestion: '--format'}
  }),
  'usage/missing-value': entry({
    en: (p: {option: string; flags: string}) => ({reason: `Unexpected \`${p.option}\` without a value, expected \`${p.flags}\``, hint: ''}),
    'zh-CN': (p) => ({reason: `选项 “${p.option}” 缺少值，应为 “${p.flags}”`, hint: ''}),
    example: {option: '--format', flags: '--format <format>'}
  }),
  'usage/arguments': entry({
    en: (p: {count: number; least: number; most: number; signature: string}) => ({reason: `Unexpected ${p.count} argument${p.count === 1 ? '' : 's'}, expected ${argumentsWanted(p, 'en')} (${p.signature})`, hint: ''}),
    'zh-CN': (p) => ({reason: `给出了 ${p.count} 个参数，应为${argumentsWanted(p, 'zh-CN')}（${p.signature}）`, hint: ''}),
    example: {count: 0, least: 1, most: 1, signature: 'release <version>'}
  }),
  'usage/format': entry({
    en: (p: {format: string; formats: readonly string[]}) => ({reason: `Unexpected --format \`${p.format}\`, expected ${codes(p.formats, 'en')}`, hint: ''}),
    'zh-CN': (p) => ({reason: `不支持 --format “${p.format}”，应为 ${codes(p.formats, 'zh-CN')}`, hint: ''}),
    example: {format: 'xml', formats: ['text', 'json']}
  }),
  'usage/lang': entry({
    en: (p: {lang: string; langs: readonly string[]}) => ({reason: `Unexpected --lang \`${p.lang}\`, expected ${codes(p.langs, 'en')}`, hint: ''}),
    'zh-CN': (p) => ({reason: `不支持 --lang “${p.lang}”，应为 ${codes(p.langs, 'zh-CN')}`, hint: ''}),
    example: {lang: 'fr', langs: ['en', 'zh-CN']}
  }),
  'usage/port': entry({
    en: (p: {port: string}) => ({reason: `Unexpected --port \`${p.port}\`, expected a number from 0 to 65535`, hint: ''}),
    'zh-CN': (p) => ({reason: `--port “${p.port}” 无效，应为 0 到 65535 之间的数字`, hint: ''}),
    example: {port: 'http'}
  }),
  'usage/site-url': entry({
    en: (p: {url: string}) => ({reason: `Unexpected --site-url \`${p.url}\`, expected an absolute URL`, hint: ''}),
    'zh-CN': (p) => ({reason: `--site-url “${p.url}” 无效，应为绝对网址`, hint: ''}),
    example: {url: 'example.com'}
  }),
  'usage/pdf-both': entry({
    en: () => ({reason: 'Unexpected --pdf with --no-pdf, expected one of them', hint: ''}),
    'zh-CN': () => ({reason: '--pdf 与 --no-pdf 不能同时使用，应只给出其中一个', hint: ''}),
    example: {}
  }),
  'usage/turbo-no-cache': entry({
    en: () => ({reason: 'Unexpected --turbo with --no-cache, expected one of them (the guides’ parts are joined from the cache)', hint: ''}),
    'zh-CN': () => ({reason: '--turbo 与 --no-cache 不能同时使用，应只给出其中一个（各大纲的部分要经由缓存合并）', hint: ''}),
    example: {}
  }),
  'usage/part-guide': entry({
    en: () => ({reason: 'Unexpected `part` without --guide <id>, expected e.g. `part --guide ml-systems`', hint: ''}),
    'zh-CN': () => ({reason: '`part` 缺少 --guide <id>，例如应为 `part --guide ml-systems`', hint: ''}),
    example: {}
  }),
  'usage/lsp-stdio': entry({
    en: () => ({reason: 'Unexpected `lsp` without --stdio, expected `llm-interview lsp --stdio` (it speaks LSP over standard input and output)', hint: ''}),
    'zh-CN': () => ({reason: '`lsp` 缺少 --stdio，应为 `llm-interview lsp --stdio`（它通过标准输入输出使用 LSP）', hint: ''}),
    example: {}
  }),
  'usage/new-title': entry({
    en: () => ({reason: "Unexpected --title with --from, expected one of them (--title names the skeleton; with --from the outline's own `#` title is kept)", hint: ''}),
    'zh-CN': () => ({reason: '--title 与 --from 不能同时使用，应只给出其中一个（--title 用于骨架的标题；使用 --from 时保留大纲自己的 `#` 标题）', hint: ''}),
    example: {}
  })
}

/** A key of the usage catalogue. */
export type UsageKey = keyof typeof usageMessages

/** A usage error: its catalogue entry and the values it is written with. */
export type UsageProblem = {[K in UsageKey]: {key: K; params: Parameters<(typeof usageMessages)[K]['en']>[0]}}[UsageKey]

/** The line after a usage error: the command's usage (or the list of commands) and where to read more. */
export const usageHint: Record<MessageLang, (p: {command?: string; signature?: string}) => string> = {
  en: (p) => (p.command ? `Usage: llm-interview ${p.signature}; run \`llm-interview ${p.command} --help\` for its options.` : 'Run `llm-interview --help` for the commands.'),
  'zh-CN': (p) => (p.command ? `用法：llm-interview ${p.signature}；运行 \`llm-interview ${p.command} --help\` 查看它的选项。` : '运行 `llm-interview --help` 查看所有命令。')
}

/** The language of usage errors: `--lang` when it is English (`en`, `en-US`) or Chinese, else Chinese (the guides' language). */
export function usageLang(lang: unknown): MessageLang {
  return typeof lang === 'string' && /^en(-|$)/i.test(lang) ? 'en' : 'zh-CN'
}

import {entry, zhHintLabel as label} from '@org/llm-interview-parser'

/**
 * The refusals of `llm-interview release` that concern a file (a release
 * file, `checksums.json`, the guide's `package.json`), in English and
 * Chinese: reported like every content message, at the file's line:column.
 * Part of the site's catalogue (`siteMessages`).
 */
export const releaseRefusals = {
  'release/already': entry({
    en: (p: {version: string; guide: string}) => ({reason: `Unexpected release of version ${p.version} of \`${p.guide}\` again, expected a version not yet released`, hint: 'This version is released (this file, or its entry in checksums.json), and released versions never change: choose a higher version.'}),
    'zh-CN': (p) => ({reason: `“${p.guide}” 的版本 ${p.version} 已经发布，应选择尚未发布的版本`, hint: `${label}这个版本已经发布（即这个文件，或它在 checksums.json 中的条目），已发布的版本永不改动：请选一个更高的版本号。`}),
    example: {version: '1.0.0', guide: 'ml-platform'}
  }),
  'release/not-after': entry({
    en: (p: {version: string; latest: string}) => ({reason: `Unexpected version ${p.version} at or below the latest release ${p.latest}, expected a higher version`, hint: `Releases only move forward: this is the latest release (${p.latest}); choose a version above it.`}),
    'zh-CN': (p) => ({reason: `版本 ${p.version} 不高于最新发布的版本 ${p.latest}，应为更高的版本`, hint: `${label}发布只能向前：这里是最新发布的版本（${p.latest}）；请选一个比它高的版本号。`}),
    example: {version: '0.9.9', latest: '1.0.0'}
  }),
  'release/package-version': entry({
    en: (p: {version: string; declared: string}) => ({reason: `Unexpected release of version ${p.version} below the package version ${p.declared}, expected a version of at least ${p.declared}`, hint: 'The guide package\'s version is its latest release (a changeset bumps it, then `npm run version-packages` releases it): release that version, or correct the version here.'}),
    'zh-CN': (p) => ({reason: `要发布的版本 ${p.version} 低于包版本 ${p.declared}，应不低于 ${p.declared}`, hint: `${label}大纲包的版本就是它最新发布的版本（由 changeset 提升，再由 \`npm run version-packages\` 发布）：发布这个版本，或改正这里的版本号。`}),
    example: {version: '1.1.0', declared: '2.0.0'}
  }),
  'release/write-failed': entry({
    en: (p: {version: string; guide: string; code: string}) => ({reason: `Unexpected failure writing version ${p.version} of \`${p.guide}\` (${p.code}), expected the file written; nothing was released`, hint: 'Check the folder\'s permissions and the disk (a leftover `.<name>.<pid>.tmp` file in versions/ can be removed), then run the release again.'}),
    'zh-CN': (p) => ({reason: `无法写入 “${p.guide}” 的版本 ${p.version}（${p.code}）；没有发布任何内容`, hint: `${label}检查文件夹的权限和磁盘（versions/ 中遗留的 \`.<name>.<pid>.tmp\` 文件可以删除），然后重新发布。`}),
    example: {version: '1.1.0', guide: 'ml-platform', code: 'EEXIST'}
  })
}

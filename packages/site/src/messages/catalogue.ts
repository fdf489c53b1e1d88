import {entry, zhHintLabel as label} from '@org/llm-interview-parser'
import {releaseRefusals} from './release-refusals.js'

const guideLayout = {
  en: 'Each guide is a folder content/<guide-id>/ with guide.md and versions/<x.y.z>.md.',
  zh: `${label}每份大纲是一个文件夹 content/<guide-id>/，其中有 guide.md 和 versions/<x.y.z>.md。`
}
const specialKinds = {
  fifo: {en: 'named pipe (FIFO)', zh: '命名管道（FIFO）'},
  'character-device': {en: 'character device', zh: '字符设备'},
  'block-device': {en: 'block device', zh: '块设备'},
  socket: {en: 'socket', zh: '套接字'},
  other: {en: 'special file', zh: '特殊文件'}
} as const
const kindOf = (kind: string) => specialKinds[(Object.hasOwn(specialKinds, kind) ? kind : 'other') as keyof typeof specialKinds]
const linkProblems = {
  malformed: {en: 'a malformed path', zh: '路径格式有误'},
  outside: {en: 'a path outside the repository', zh: '路径在仓库之外'},
  hidden: {en: 'a hidden file or one in node_modules', zh: '是隐藏文件或 node_modules 中的文件'},
  missing: {en: 'a file that does not exist', zh: '文件不存在'},
  'links-out': {en: 'a link out of the repository', zh: '符号链接指向仓库之外'},
  folder: {en: 'a folder, not a file', zh: '是文件夹而不是文件'},
  'too-large': {en: 'a file over {max} MB', zh: '文件超过 {max} MB'}
} as const
const linkProblem = (p: {problem: string; max?: number}, lang: 'en' | 'zh') =>
  linkProblems[(Object.hasOwn(linkProblems, p.problem) ? p.problem : 'malformed') as keyof typeof linkProblems][lang].replace('{max}', String(p.max ?? ''))
const runaway = {
  en: 'The build was stopped. The last save may hold input that is very costly to parse (such as a huge or deeply nested list): undo it or split it, then save again.',
  zh: `${label}构建已被停止。最近一次保存的内容可能解析代价很高（例如极大或嵌套极深的列表）：撤销或拆分它，然后再保存。`
}

/**
 * Every message the site adds to the parser's (reading files, the guide's
 * folder, frozen releases, linked files, the preview, release refusals), in English and
 * Chinese, keyed like the parser's: `ruleId` or `ruleId/variant`.
 */
export const siteMessages = {
  'guide-id': entry({
    en: (p: {id: string; folder: string}) => ({reason: `Unexpected guide id \`${p.id}\`, expected \`${p.folder}\` (the name of its folder)`, hint: `Rename the folder to \`${p.id}\` or set \`id: ${p.folder}\` in the front matter; the id is the guide's URL.`}),
    'zh-CN': (p) => ({reason: `大纲 id “${p.id}” 与所在文件夹不符，应为 “${p.folder}”（文件夹的名字）`, hint: `${label}把文件夹改名为 \`${p.id}\`，或在前置元数据中写 \`id: ${p.folder}\`；id 就是大纲的网址。`}),
    example: {id: 'ml-platfrom', folder: 'ml-platform'}
  }),
  'not-a-file/folder': entry({
    en: () => ({reason: 'Unexpected folder, expected a guide file', hint: 'Give the folder that holds the guides (e.g. `content`), or a `guide.md` or `versions/<x.y.z>.md` file in it.'}),
    'zh-CN': () => ({reason: '这是一个文件夹，应为大纲文件', hint: `${label}给出存放大纲的文件夹（例如 \`content\`），或其中的 \`guide.md\`、\`versions/<x.y.z>.md\` 文件。`}),
    example: {}
  }),
  'not-a-file/special': entry({
    en: (p: {kind: string}) => ({reason: `Unexpected ${kindOf(p.kind).en}, expected a regular guide file`, hint: 'Only regular files are read (a pipe or device could block or never end); give the path of a Markdown file.'}),
    'zh-CN': (p) => ({reason: `这是${kindOf(p.kind).zh}，应为普通的大纲文件`, hint: `${label}只读取普通文件（管道或设备可能阻塞或永不结束）；请给出 Markdown 文件的路径。`}),
    example: {kind: 'fifo'}
  }),
  'no-such-path/file': entry({
    en: () => ({reason: 'Unexpected missing file, expected a guide file', hint: 'Check the path; run `llm-interview check content` to check every guide.'}),
    'zh-CN': () => ({reason: '文件不存在，应为大纲文件', hint: `${label}检查路径；运行 \`llm-interview check content\` 可检查所有大纲。`}),
    example: {}
  }),
  'no-such-path/path': entry({
    en: () => ({reason: 'Unexpected missing path, expected a guide file or a content folder', hint: 'Check the path; run `llm-interview check content` to check every guide.'}),
    'zh-CN': () => ({reason: '路径不存在，应为大纲文件或内容文件夹', hint: `${label}检查路径；运行 \`llm-interview check content\` 可检查所有大纲。`}),
    example: {}
  }),
  'no-such-path/content': entry({
    en: () => ({reason: 'Unexpected missing content folder, expected a folder of guides', hint: guideLayout.en}),
    'zh-CN': () => ({reason: '内容文件夹不存在，应为存放大纲的文件夹', hint: guideLayout.zh}),
    example: {}
  }),
  'not-a-folder': entry({
    en: () => ({reason: 'Unexpected file as the content folder, expected a folder of guides', hint: guideLayout.en}),
    'zh-CN': () => ({reason: '内容文件夹处是一个文件，应为存放大纲的文件夹', hint: guideLayout.zh}),
    example: {}
  }),
  'unreadable/content': entry({
    en: () => ({reason: 'Unexpected unreadable content folder, expected a folder of guides you can read', hint: guideLayout.en}),
    'zh-CN': () => ({reason: '无法读取内容文件夹，应为可以读取的大纲文件夹', hint: guideLayout.zh}),
    example: {}
  }),
  'no-guides/source': entry({
    en: () => ({reason: 'Unexpected guide folder without `guide.md`, expected the editable source of the guide', hint: guideLayout.en}),
    'zh-CN': () => ({reason: '大纲文件夹中没有 `guide.md`，应有大纲的可编辑源文件', hint: guideLayout.zh}),
    example: {}
  }),
  'release-name': entry({
    en: (p: {name: string}) => ({reason: `Unexpected release file name \`${p.name}.md\`, expected \`<x.y.z>.md\``, hint: guideLayout.en}),
    'zh-CN': (p) => ({reason: `发布文件名 “${p.name}.md” 不合规范，应为 “<x.y.z>.md”`, hint: guideLayout.zh}),
    example: {name: 'v1'}
  }),
  'no-guides': entry({
    en: () => ({reason: 'Unexpected folder without guides, expected `<guide-id>/guide.md` or `<guide-id>/versions/<x.y.z>.md` files', hint: 'Each guide lives in its own folder: content/<guide-id>/guide.md.'}),
    'zh-CN': () => ({reason: '文件夹中没有大纲，应有 `<guide-id>/guide.md` 或 `<guide-id>/versions/<x.y.z>.md` 文件', hint: `${label}每份大纲放在自己的文件夹中：content/<guide-id>/guide.md。`}),
    example: {}
  }),
  'no-guides/only': entry({
    en: (p: {id: string}) => ({reason: `Unexpected guide \`${p.id}\` not in the content folder, expected a folder \`${p.id}/\` with \`guide.md\``, hint: guideLayout.en}),
    'zh-CN': (p) => ({reason: `内容文件夹中没有大纲 “${p.id}”，应有文件夹 “${p.id}/” 及其 \`guide.md\``, hint: guideLayout.zh}),
    example: {id: 'ml-systems'}
  }),
  'unreadable/folder': entry({
    en: () => ({reason: 'Unexpected folder without read permission, expected a folder you can list', hint: 'Give yourself access (e.g. `chmod u+rx` on the folder) or run the command as its owner.'}),
    'zh-CN': () => ({reason: '没有读取这个文件夹的权限，应为可以列出内容的文件夹', hint: `${label}给自己访问权限（例如对该文件夹执行 \`chmod u+rx\`），或以其所有者身份运行命令。`}),
    example: {}
  }),
  'unreadable/permission': entry({
    en: () => ({reason: 'Unexpected file without read permission, expected a file you can read', hint: 'Give yourself read access (e.g. `chmod u+r` on the file, and `chmod u+x` on its folders) or run the command as the file\'s owner.'}),
    'zh-CN': () => ({reason: '没有读取这个文件的权限，应为可以读取的文件', hint: `${label}给自己读取权限（例如对文件执行 \`chmod u+r\`，对其所在文件夹执行 \`chmod u+x\`），或以文件所有者身份运行命令。`}),
    example: {}
  }),
  'unreadable/loop': entry({
    en: () => ({reason: 'Unexpected loop of symbolic links, expected a guide file', hint: 'Point the link at the real file.'}),
    'zh-CN': () => ({reason: '符号链接形成了循环，应指向大纲文件', hint: `${label}让链接指向真实的文件。`}),
    example: {}
  }),
  'unreadable/failure': entry({
    en: (p: {code: string}) => ({reason: `Unexpected failure reading the file (${p.code}), expected a readable guide file`, hint: 'Check the file and the disk it is on, then run the command again.'}),
    'zh-CN': (p) => ({reason: `读取文件失败（${p.code}），应为可读的大纲文件`, hint: `${label}检查文件及其所在的磁盘，然后重新运行命令。`}),
    example: {code: 'EIO'}
  }),
  'frozen-checksums': entry({
    en: (p: {file: string; why: string; path: string}) => ({reason: `Unexpected unreadable versions/${p.file} (${p.why}), expected the checksums recorded by each release`, hint: `Restore versions/${p.file} from git (e.g. \`git checkout -- ${p.path}\`); \`llm-interview release\` writes it.`}),
    'zh-CN': (p) => ({reason: `无法读取 versions/${p.file}（${p.why}），应为每次发布记录的校验和`, hint: `${label}从 git 恢复 versions/${p.file}（例如 \`git checkout -- ${p.path}\`）；它由 \`llm-interview release\` 写入。`}),
    example: {file: 'checksums.json', why: 'not JSON', path: 'content/x/versions/checksums.json'}
  }),
  'frozen-unrecorded': entry({
    en: (p: {version: string; file: string}) => ({reason: `Unexpected released version ${p.version} without a recorded checksum, expected its entry in versions/${p.file}`, hint: `Versions are frozen by \`llm-interview release <x.y.z>\`, which records the checksum: release it with \`llm-interview release\` (remove this file and put its text in guide.md), or restore versions/${p.file} from git.`}),
    'zh-CN': (p) => ({reason: `已发布版本 ${p.version} 没有记录校验和，versions/${p.file} 中应有它的条目`, hint: `${label}版本由 \`llm-interview release <x.y.z>\` 冻结并记录校验和：用 \`llm-interview release\` 发布它（删除这个文件，把文字放进 guide.md），或从 git 恢复 versions/${p.file}。`}),
    example: {version: '1.1.0', file: 'checksums.json'}
  }),
  'frozen-changed': entry({
    en: (p: {version: string; actual: string; expected: string; path: string}) => ({reason: `Unexpected change to released version ${p.version} (checksum ${p.actual}), expected the bytes recorded at its release (checksum ${p.expected})`, hint: `Released versions never change: restore the file (e.g. \`git checkout -- ${p.path}\`), or put the edit in guide.md and release it as a new version.`}),
    'zh-CN': (p) => ({reason: `已发布版本 ${p.version} 被改动（校验和 ${p.actual}），应与发布时记录的内容一致（校验和 ${p.expected}）`, hint: `${label}已发布的版本永不改动：恢复这个文件（例如 \`git checkout -- ${p.path}\`），或把改动写进 guide.md 并作为新版本发布。`}),
    example: {version: '1.0.0', actual: '0123456789ab', expected: 'ba9876543210', path: 'content/x/versions/1.0.0.md'}
  }),
  'frozen-missing': entry({
    en: (p: {name: string; file: string; path: string}) => ({reason: `Unexpected missing released file \`${p.name}\`, expected every release recorded in \`${p.file}\` to stay`, hint: `Released versions are never removed: restore it (e.g. \`git checkout -- ${p.path}\`).`}),
    'zh-CN': (p) => ({reason: `已发布的文件 “${p.name}” 不见了，\`${p.file}\` 中记录的每个版本都应保留`, hint: `${label}已发布的版本永不删除：恢复它（例如 \`git checkout -- ${p.path}\`）。`}),
    example: {name: '1.0.0.md', file: 'checksums.json', path: 'content/x/versions/1.0.0.md'}
  }),
  'link-target/published': entry({
    en: (p: {url: string; problem: string; max?: number}) => ({reason: `Unexpected link to \`${p.url}\` (${linkProblem(p, 'en')}), expected a file inside the repository`, hint: 'Relative links resolve against the guide\'s folder; the site publishes the file they point at. This link is shown as plain text: fix the path, add the file, or link to a web page.'}),
    'zh-CN': (p) => ({reason: `链接 “${p.url}” 无法发布（${linkProblem(p, 'zh')}），应指向仓库内的文件`, hint: `${label}相对链接从大纲所在的文件夹算起，网站会一并发布它指向的文件。这个链接目前显示为纯文本：改正路径、补上文件，或链接到网页。`}),
    example: {url: '../../secret.txt', problem: 'outside'}
  }),
  'unknown-lang': entry({
    en: (p: {lang: string}) => ({reason: `Unexpected language \`${p.lang}\` for the pages' own text (contents, run-sheet, scorecard, ...), expected \`zh-CN\` or \`en\``, hint: 'The pages of this guide use the English strings; the guide\'s text stays as written. Set `lang` to a language the site has strings for, or add its catalogue to packages/renderer/src/strings.ts.'}),
    'zh-CN': (p) => ({reason: `页面自身的文字（目录、计时表、评分表等）不支持语言 “${p.lang}”，应为 \`zh-CN\` 或 \`en\``, hint: `${label}这份大纲的页面将使用英文界面文字，大纲正文保持原样。把 \`lang\` 改为网站支持的语言，或在 packages/renderer/src/strings.ts 中添加该语言的文字。`}),
    example: {lang: 'fr'}
  }),
  'front-matter/in-outline': entry({
    en: () => ({reason: "Unexpected front matter in the outline, expected the outline's body only", hint: '`llm-interview new` writes the front matter from the body: remove the `---` block at the top and run it again.'}),
    'zh-CN': () => ({reason: '大纲中已有前置元数据，应只有大纲正文', hint: `${label}\`llm-interview new\` 会根据正文写出前置元数据：删除开头的 \`---\` 块，然后重新运行。`}),
    example: {}
  }),
  'debrief/missing': entry({
    en: (p: {code: string}) => ({reason: `Unexpected missing file (${p.code}), expected an interview export`, hint: 'Check the path: pass the files that 导出 JSON on an interview page saved.'}),
    'zh-CN': (p) => ({reason: `文件不存在或无法读取（${p.code}），应为面试导出文件`, hint: `${label}检查路径：传入在面试页面上用 “导出 JSON” 保存的文件。`}),
    example: {code: 'ENOENT'}
  }),
  'debrief/json': entry({
    en: () => ({reason: 'Unexpected file content, expected JSON', hint: 'Pass the file that 导出 JSON on an interview page saved.'}),
    'zh-CN': () => ({reason: '文件内容不是 JSON，应为 JSON', hint: `${label}传入在面试页面上用 “导出 JSON” 保存的文件。`}),
    example: {}
  }),
  'debrief/format': entry({
    en: (p: {found: string}) => ({reason: `Unexpected format ${p.found ? `\`${p.found}\`` : '(none)'}, expected \`llm-interview/interview@1\``, hint: 'Only interview exports (导出 JSON) can be merged.'}),
    'zh-CN': (p) => ({reason: `格式${p.found ? ` “${p.found}”` : '缺失'}，应为 “llm-interview/interview@1”`, hint: `${label}只能合并面试导出文件（“导出 JSON”）。`}),
    example: {found: 'llm-interview/debrief@1'}
  }),
  'debrief/shape': entry({
    en: (p: {path: string}) => ({reason: `Unexpected value at \`${p.path}\`, expected an interview export`, hint: 'The file was edited or damaged: export it again from the interview page.'}),
    'zh-CN': (p) => ({reason: `“${p.path}” 处的值不符合面试导出文件的格式`, hint: `${label}文件被改动或已损坏：请在面试页面上重新导出。`}),
    example: {path: 'scores[0].score'}
  }),
  'debrief/guide': entry({
    en: (p: {found: string; expected: string}) => ({reason: `Unexpected guide version \`${p.found}\`, expected \`${p.expected}\``, hint: 'A debrief merges interviews of one guide version only.'}),
    'zh-CN': (p) => ({reason: `大纲版本 “${p.found}” 与其他文件不同，应为 “${p.expected}”`, hint: `${label}一次评议只合并同一大纲版本的面试。`}),
    example: {found: 'ml-platform@1.0.0', expected: 'ml-platform@next'}
  }),
  'debrief/candidate': entry({
    en: (p: {found: string; expected: string}) => ({reason: `Unexpected candidate \`${p.found}\`, expected \`${p.expected}\``, hint: 'A debrief merges interviews of one candidate only.'}),
    'zh-CN': (p) => ({reason: `候选人 “${p.found}” 与其他文件不同，应为 “${p.expected}”`, hint: `${label}一次评议只合并同一位候选人的面试。`}),
    example: {found: '李四', expected: '张三'}
  }),
  'debrief/rubric': entry({
    en: (p: {other: string}) => ({reason: `Unexpected rubric criteria, expected those of ${p.other}`, hint: 'The file was edited: export it again from the interview page.'}),
    'zh-CN': (p) => ({reason: `评分维度与 ${p.other} 不同，应与之相同`, hint: `${label}文件被改动过：请在面试页面上重新导出。`}),
    example: {other: 'zhang.json'}
  }),
  'debrief/duplicate': entry({
    en: (p: {other: string}) => ({reason: `Unexpected second copy of ${p.other}`, hint: "Pass each interviewer's export once."}),
    'zh-CN': (p) => ({reason: `这是 ${p.other} 的重复副本，每份导出应只出现一次`, hint: `${label}每位面试官的导出文件只传入一次。`}),
    example: {other: 'zhang.json'}
  }),
  'preview-timeout': entry({
    en: (p: {seconds: number}) => ({reason: `Unexpected preview build still running after ${p.seconds} s, expected it to finish within ${p.seconds} s`, hint: runaway.en}),
    'zh-CN': (p) => ({reason: `预览构建 ${p.seconds} 秒后仍未完成，应在 ${p.seconds} 秒内完成`, hint: runaway.zh}),
    example: {seconds: 30}
  }),
  'preview-memory': entry({
    en: (p: {limit: number}) => ({reason: `Unexpected preview build using over ${p.limit} MB of memory, expected it to fit`, hint: runaway.en}),
    'zh-CN': (p) => ({reason: `预览构建占用的内存超过 ${p.limit} MB，超出了上限`, hint: runaway.zh}),
    example: {limit: 1024}
  }),
  'preview-failure': entry({
    en: (p: {reason: string}) => ({reason: `Unexpected failure of the preview build (${p.reason}), expected a result`, hint: 'This is a bug in the tool, not in the guide: please report it with the file. Save again to retry.'}),
    'zh-CN': (p) => ({reason: `预览构建意外失败（${p.reason}），未能得到结果`, hint: `${label}这是工具的缺陷，不是大纲的问题：请附上文件报告给维护者。再次保存即可重试。`}),
    example: {reason: 'worker exited'}
  }),
  ...releaseRefusals
}

import type {MessageLang} from '@org/llm-interview-parser'
import type {VFile} from 'vfile'
import path from 'node:path'

/** Whether `filePath` is a released version (`versions/<x.y.z>.md`), whose text editors cannot change. */
export function isReleasedFile(filePath: string | undefined): boolean {
  return filePath !== undefined && filePath.endsWith('.md') && path.basename(path.dirname(filePath)) === 'versions'
}

/**
 * Removes the warnings of released versions from `files` (their errors
 * stay: a changed release must be seen) and returns how many were removed.
 * Released text never changes, so its warnings would only repeat on every
 * run; `--all` keeps them.
 */
export function hideFrozenWarnings(files: readonly VFile[]): number {
  let hidden = 0
  for (const file of files) {
    if (!isReleasedFile(file.path)) continue
    const kept = file.messages.filter((message) => message.fatal)
    hidden += file.messages.length - kept.length
    file.messages = kept
  }
  return hidden
}

/** The one line that says how many warnings of released versions were hidden. */
export function hiddenWarningsLine(count: number, lang: MessageLang): string {
  if (lang === 'zh-CN') return `已隐藏已发布版本中的 ${count} 条警告；加 --all 可显示。`
  return `${count} warning${count === 1 ? '' : 's'} in frozen versions hidden; --all shows them.`
}

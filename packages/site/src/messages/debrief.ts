import type {MessageLang} from '@org/llm-interview-parser'

/**
 * The line `llm-interview debrief` closes its refusals with, in English and
 * Chinese (the refusals themselves are the catalogue's `debrief/<kind>`).
 */
export const nothingMerged: Record<MessageLang, (p: {refused: number; files: number}) => string> = {
  en: (p) => `Nothing merged: ${p.refused} of ${p.files} files refused.`,
  'zh-CN': (p) => `未合并任何内容：${p.files} 个文件中有 ${p.refused} 个被拒绝。`
}

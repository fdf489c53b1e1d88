import {fileURLToPath} from 'node:url'
import {classify, type GuideSource} from '../discover.js'

/**
 * The guide source an open document is, or undefined when it is not a
 * guide: `content/<id>/guide.md` and `versions/<x.y.z>.md` always are; any
 * other Markdown document is checked as a guide on its own (as
 * `llm-interview check FILE` does) when it starts with front matter.
 */
export function guideSourceOf(uri: string, text: string): GuideSource | undefined {
  const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined
  const known = filePath === undefined ? undefined : classify(filePath)
  if (known) return known
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) return undefined
  return {path: filePath ?? uri, folderId: '', version: 'next'}
}

import {cpSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {fixtureContentDir, fixtureText} from './content.js'

/** The links written into the guide: one the build publishes, then one of each kind of target it does not. */
export const linkedTargets = {
  published: 'notes/ok.md',
  missing: 'notes/missing.md',
  outside: '../../../outside.md',
  hidden: 'notes/.draft.md',
  'too-large': 'notes/big.bin',
  folder: 'notes/'
} as const

export type LinkedTarget = keyof typeof linkedTargets

/**
 * A repository (`<root>/content/backend-interview/`, the fixture guide
 * without releases) whose guide.md links, in the first group's first
 * items, to each of `linkedTargets`: `notes/ok.md` exists, `notes/big.bin`
 * is over the 10 MB limit (sparse), `notes/.draft.md` exists but is hidden.
 * `lines` gives the 1-based line of each link.
 */
export function linkedGuide(): {root: string; content: string; guidePath: string; text: string; lines: Record<LinkedTarget, number>} {
  const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-links-'))
  const content = path.join(root, 'content')
  const guideDir = path.join(content, 'backend-interview')
  cpSync(path.join(fixtureContentDir, 'backend-interview'), guideDir, {recursive: true, filter: (source) => !source.includes(`${path.sep}versions`)})
  mkdirSync(path.join(guideDir, 'notes'))
  writeFileSync(path.join(guideDir, 'notes', 'ok.md'), '# 说明\n')
  writeFileSync(path.join(guideDir, 'notes', '.draft.md'), '# 草稿\n')
  writeFileSync(path.join(guideDir, 'notes', 'big.bin'), '')
  truncateSync(path.join(guideDir, 'notes', 'big.bin'), 10 * 1024 * 1024 + 1)
  const items = Object.entries(linkedTargets).map(([kind, url]) => `- 参见 [${kind}](${url})\n`).join('')
  // After the first `####` heading, found by the template's structure.
  const text = replaceOnce(fixtureText('backend-interview'), /^[\s\S]*?\n#### [^\n]*\n/, (head) => head + items)
  const guidePath = path.join(guideDir, 'guide.md')
  writeFileSync(guidePath, text)
  const sourceLines = text.split('\n')
  const lines = Object.fromEntries(Object.entries(linkedTargets).map(([kind, url]) => [kind, sourceLines.indexOf(`- 参见 [${kind}](${url})`) + 1])) as Record<LinkedTarget, number>
  return {root, content, guidePath, text, lines}
}

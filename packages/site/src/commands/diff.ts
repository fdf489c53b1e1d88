import {loadContent} from '../content/load.js'
import {diffGuides, formatDiff} from '../diff/index.js'
import type {Io} from '../io.js'
import {escapeControls, escapeJsonControls, reportFiles} from '../terminal.js'
import {versionsOf} from '../build/site-pages.js'

export interface DiffOptions {
  from: string
  to: string
  format: 'text' | 'md' | 'json'
  contentDir: string
  guide?: string
}

/**
 * `llm-interview diff A B`: the question-level changes between two versions
 * of a guide. A and B are released versions, `latest` or `next`.
 */
export async function diffCommand(options: DiffOptions, io: Io): Promise<number> {
  const content = await loadContent(options.contentDir)
  if (content.failed) {
    io.stderr(reportFiles(content.files.filter((f) => f.messages.length > 0), {color: io.color}) + '\n')
    return 1
  }
  const entry = options.guide ? content.guides.find((g) => g.id === options.guide) : content.guides.length === 1 ? content.guides[0] : undefined
  if (!entry) {
    io.stderr(escapeControls(`llm-interview diff: ${options.guide ? `no guide \`${options.guide}\`` : 'name the guide with --guide'} (guides: ${content.guides.map((g) => g.id).join(', ') || 'none'})`) + '\n')
    return 2
  }
  const {guides, latest} = versionsOf(entry)
  const pick = (name: string) => (name === 'latest' ? latest : guides.find((g) => g.version === name))
  const from = pick(options.from)
  const to = pick(options.to)
  const missing = [[options.from, from], [options.to, to]].filter(([, guide]) => !guide).map(([name]) => name)
  if (!from || !to) {
    io.stderr(escapeControls(`llm-interview diff: unknown version ${missing.map((m) => `\`${m}\``).join(', ')} (versions: ${guides.map((g) => g.version).join(', ')}, latest)`) + '\n')
    return 2
  }
  const text = formatDiff(diffGuides(from, to), options.format)
  io.stdout(options.format === 'json' ? escapeJsonControls(text) : `${escapeControls(text)}\n`)
  return 0
}

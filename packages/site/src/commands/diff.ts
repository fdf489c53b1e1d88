import type {Guide} from '@org/llm-interview-schema'
import {loadContent, type GuideEntry} from '../content/load.js'
import {diffGuides, formatDiff, type GuideDiff} from '../diff/index.js'
import {formatNewGuide} from '../diff/new-guide.js'
import type {Io} from '../io.js'
import {escapeControls, escapeJsonControls, reportFiles} from '../terminal.js'
import {versionsOf} from '../build/site-pages.js'

export interface DiffOptions {
  from: string
  to: string
  format: 'text' | 'md' | 'json'
  contentDir: string
  /** One guide; without it, every guide of the content folder. */
  guide?: string
}

/** The diff of one guide between two of its versions. */
interface GuideChanges {
  id: string
  title: string
  /** False for a guide with no release yet (`latest` is then `next`). */
  released: boolean
  diff: GuideDiff
  /** The newer version, shown whole when the guide has no release yet. */
  guide: Guide
}

/**
 * `llm-interview diff A B`: the question-level changes between two versions
 * of a guide. A and B are released versions, `latest` or `next`. Without
 * `--guide` it covers every guide: those whose versions differ, each under
 * its title, and those with no release yet, as new guides (every guide,
 * saying nothing changed, when none of these is found); guides without both
 * versions are left out. In JSON, several guides give
 * `{guides: [{id, title, released, diff}]}`, one guide its diff alone.
 */
export async function diffCommand(options: DiffOptions, io: Io): Promise<number> {
  const content = await loadContent(options.contentDir)
  if (content.failed) {
    io.stderr(reportFiles(content.files.filter((f) => f.messages.length > 0), {color: io.color}) + '\n')
    return 1
  }
  const known = content.guides.map((g) => g.id).join(', ') || 'none'
  const entries = options.guide ? content.guides.filter((g) => g.id === options.guide) : content.guides
  if (entries.length === 0) {
    io.stderr(escapeControls(`llm-interview diff: ${options.guide ? `no guide \`${options.guide}\`` : 'no guides'} in ${options.contentDir} (guides: ${known})`) + '\n')
    return 2
  }
  const compared: GuideChanges[] = []
  const lacking: string[] = []
  for (const entry of entries) {
    const pair = versionPair(entry, options.from, options.to)
    if ('from' in pair) compared.push({id: entry.id, title: pair.to.title, released: entry.releases.length > 0, diff: diffGuides(pair.from, pair.to), guide: pair.to})
    else lacking.push(`${entry.id} has no version ${pair.missing.map((m) => `\`${m}\``).join(', ')} (versions: ${pair.versions.join(', ')}, latest)`)
  }
  if (compared.length === 0 || (options.guide && lacking.length > 0)) {
    io.stderr(escapeControls(`llm-interview diff: unknown version: ${lacking.join('; ')}`) + '\n')
    return 2
  }
  if (entries.length === 1) {
    const text = formatDiff(compared[0]!.diff, options.format)
    io.stdout(options.format === 'json' ? escapeJsonControls(text) : `${escapeControls(text)}\n`)
    return 0
  }
  for (const line of lacking) io.stderr(escapeControls(`llm-interview diff: left out: ${line}`) + '\n')
  // A guide with no release yet is new as a whole: it counts as changed.
  const changed = compared.filter((c) => c.diff.summary.changes > 0 || !c.released)
  const shown = changed.length > 0 ? changed : compared
  if (options.format === 'json') io.stdout(escapeJsonControls(JSON.stringify({guides: shown.map(({id, title, released, diff}) => ({id, title, released, diff}))}, null, 2)))
  else {
    const format = options.format
    io.stdout(escapeControls(shown.map((c) => (c.released || c.diff.summary.changes > 0 ? formatDiff(c.diff, format, c.title) : formatNewGuide(c.guide, format))).join('\n\n')) + '\n')
  }
  return 0
}

/** The two versions of a guide named `from` and `to`, or the names it lacks. */
function versionPair(entry: GuideEntry, fromName: string, toName: string): {from: Guide; to: Guide; missing: []; versions: string[]} | {missing: string[]; versions: string[]} {
  const {guides, latest} = versionsOf(entry)
  const pick = (name: string): Guide | undefined => (name === 'latest' ? latest : guides.find((g) => g.version === name))
  const from = pick(fromName)
  const to = pick(toName)
  const versions = guides.map((g) => g.version)
  if (from && to) return {from, to, missing: [], versions}
  return {missing: [...new Set([...(from ? [] : [fromName]), ...(to ? [] : [toName])])], versions}
}

import type {Guide} from '@org/llm-interview-schema'
import {stringsFor} from '@org/llm-interview-renderer'
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
  /**
   * Another content folder to read the `from` versions in (a pull request's
   * base, say): `from` is read there and `to` in `contentDir`. A guide only
   * in `contentDir` is then new; one only here is reported as removed.
   */
  baseContentDir?: string
}

/** The diff of one guide between two of its versions. */
interface GuideChanges {
  id: string
  title: string
  /** False for a guide with no release yet (`latest` is then `next`). */
  released: boolean
  /** The changes; undefined when the base content has no such guide. */
  diff: GuideDiff | undefined
  /** The newer version, shown whole when the guide has no release yet or no base. */
  guide: Guide
}

/**
 * `llm-interview diff A B`: the question-level changes between two versions
 * of a guide. A and B are released versions, `latest` or `next`. Without
 * `--guide` it covers every guide: those whose versions differ, each under
 * its title, and those with no release yet (or, with `--base-content`, not in
 * the base), as new guides (every guide, saying nothing changed, when none of
 * these is found); guides without both versions are left out. In JSON,
 * several guides give `{guides: [{id, title, released, diff}]}`, one guide
 * its diff alone (`diff` is null for a guide the base does not have).
 */
export async function diffCommand(options: DiffOptions, io: Io): Promise<number> {
  const content = await loadContent(options.contentDir)
  const base = options.baseContentDir === undefined ? undefined : await loadContent(options.baseContentDir)
  for (const loaded of [content, base]) {
    if (!loaded?.failed) continue
    io.stderr(reportFiles(loaded.files.filter((f) => f.messages.length > 0), {color: io.color}) + '\n')
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
    const baseEntry = base ? base.guides.find((g) => g.id === entry.id) : entry
    const pair = versionPair(baseEntry, entry, options.from, options.to)
    const released = entry.releases.length > 0
    if ('to' in pair) compared.push({id: entry.id, title: pair.to.title, released, diff: pair.from ? diffGuides(pair.from, pair.to) : undefined, guide: pair.to})
    else lacking.push(pair.lacking)
  }
  if (compared.length === 0 || (options.guide && lacking.length > 0)) {
    io.stderr(escapeControls(`llm-interview diff: unknown version: ${lacking.join('; ')}`) + '\n')
    return 2
  }
  const notInBase = (guide: Guide) => stringsFor(guide.lang).diff.notInBase
  const removed = options.guide ? [] : (base?.guides.filter((g) => !content.guides.some((c) => c.id === g.id)) ?? [])
  for (const gone of removed) io.stderr(escapeControls(`llm-interview diff: \`${gone.id}\` is in ${options.baseContentDir} only (removed)`) + '\n')
  const format = options.format
  if (entries.length === 1) {
    const only = compared[0]!
    if (only.diff) {
      const text = formatDiff(only.diff, format, undefined, only.guide.lang)
      io.stdout(format === 'json' ? escapeJsonControls(text) : `${escapeControls(text)}\n`)
    } else if (format === 'json') io.stdout(escapeJsonControls(JSON.stringify({id: only.id, title: only.title, released: only.released, diff: null}, null, 2)))
    else io.stdout(escapeControls(formatNewGuide(only.guide, format, notInBase(only.guide))) + '\n')
    return 0
  }
  for (const line of lacking) io.stderr(escapeControls(`llm-interview diff: left out: ${line}`) + '\n')
  // A guide with no release yet is new as a whole when compared with itself, as is one the base lacks: both count as changed.
  const isNew = (c: GuideChanges) => !c.diff || (!base && !c.released && c.diff.summary.changes === 0)
  const changed = compared.filter((c) => isNew(c) || c.diff!.summary.changes > 0)
  const shown = changed.length > 0 ? changed : compared
  if (format === 'json') io.stdout(escapeJsonControls(JSON.stringify({guides: shown.map(({id, title, released, diff}) => ({id, title, released, diff: diff ?? null}))}, null, 2)))
  else io.stdout(escapeControls(shown.map((c) => (!c.diff ? formatNewGuide(c.guide, format, notInBase(c.guide)) : isNew(c) ? formatNewGuide(c.guide, format) : formatDiff(c.diff, format, c.title, c.guide.lang))).join('\n\n')) + '\n')
  return 0
}

/** A guide's version `name` (a release, `latest` or `next`). */
function pick(entry: GuideEntry, name: string): Guide | undefined {
  const {guides, latest} = versionsOf(entry)
  return name === 'latest' ? latest : guides.find((g) => g.version === name)
}

/**
 * Version `fromName` of `fromEntry` (no `from` when there is no such guide
 * in the base) and `toName` of `toEntry`, or what is lacking.
 */
function versionPair(fromEntry: GuideEntry | undefined, toEntry: GuideEntry, fromName: string, toName: string): {from: Guide | undefined; to: Guide} | {lacking: string} {
  const from = fromEntry && pick(fromEntry, fromName)
  const to = pick(toEntry, toName)
  if (to && (from || !fromEntry)) return {from, to}
  const versions = (entry: GuideEntry) => `versions: ${versionsOf(entry).guides.map((g) => g.version).join(', ')}, latest`
  if (fromEntry === toEntry) {
    const missing = [...new Set([...(from ? [] : [fromName]), ...(to ? [] : [toName])])]
    return {lacking: `${toEntry.id} has no version ${missing.map((m) => `\`${m}\``).join(', ')} (${versions(toEntry)})`}
  }
  const parts = [...(to ? [] : [`no version \`${toName}\` (${versions(toEntry)})`]), ...(from ? [] : [`no version \`${fromName}\` in the base (${versions(fromEntry!)})`])]
  return {lacking: `${toEntry.id} has ${parts.join(' and ')}`}
}

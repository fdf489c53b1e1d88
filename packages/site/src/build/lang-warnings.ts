import {stringsLangOf} from '@org/llm-interview-renderer'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {GuideEntry} from '../content/load.js'
import {addProblem, siteProblem} from '../messages/localize.js'

/**
 * Warns, on each guide's `guide.md` at its `lang`, when the reader-facing
 * strings have no catalogue for the guide's language: its pages then use
 * the English strings (the page's `lang` stays the guide's).
 */
export function warnUnknownLangs(entries: readonly GuideEntry[], files: readonly VFile[], contentDir: string): void {
  for (const entry of entries) {
    const lang = entry.next.lang
    if (stringsLangOf(lang).known) continue
    const source = path.join(contentDir, entry.id, 'guide.md')
    const file = files.find((candidate) => candidate.path !== undefined && path.resolve(candidate.path) === path.resolve(source))
    if (!file) continue
    addProblem(file, siteProblem('unknown-lang', {lang}), {fatal: false, place: file.data.frontMatterPlaces?.lang ?? {line: 1, column: 1}})
  }
}

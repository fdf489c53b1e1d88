import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The frozen guides the site's behaviour tests run on (never the editable
 * seed in content/): each a `guide.md` (`next`) and its `versions/`.
 *
 * - `ml-platform`: 3 parts, 8 sections, 3 levels (intern, engineer, lead), a
 *   rubric of 50/30/20 %, recommended 60-80 minutes; planned 85 in 1.0.0 and
 *   87 in `next` (a `total-duration` warning in both).
 * - `backend-interview`: 2 parts, 3 sections, 2 levels (junior, senior), a
 *   rubric of 60/40 %, recommended 40-60 minutes, planned 40-45 (no warning).
 *
 * Tests write their expected values by hand from these files: edit a
 * fixture and the tests that read it must change with it.
 */
export const fixtureContentDir = fileURLToPath(new URL('fixtures/content/', import.meta.url))

export type FixtureGuide = 'ml-platform' | 'backend-interview'

/** The text of a fixture guide's `guide.md`, or of `versions/<version>.md`. */
export function fixtureText(guide: FixtureGuide, version?: string): string {
  return readFileSync(path.join(fixtureContentDir, guide, version ? `versions/${version}.md` : 'guide.md'), 'utf8')
}

/** The path of a fixture guide's `guide.md`, or of `versions/<version>.md`. */
export function fixturePath(guide: FixtureGuide, version?: string): string {
  return path.join(fixtureContentDir, guide, version ? `versions/${version}.md` : 'guide.md')
}

/**
 * A temporary content folder holding copies of the given fixture guides
 * (with their released versions unless `released` is false), where `edit`
 * rewrites the `guide.md` of a guide as an editor would.
 */
export function contentCopy(
  guides: readonly FixtureGuide[] = ['ml-platform', 'backend-interview'],
  options: {edit?: Partial<Record<FixtureGuide, (text: string) => string>>; released?: boolean} = {}
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-content-'))
  for (const guide of guides) {
    const target = path.join(dir, guide)
    cpSync(path.join(fixtureContentDir, guide), target, {
      recursive: true,
      filter: (source) => options.released !== false || !source.includes(`${path.sep}versions`)
    })
    const edit = options.edit?.[guide]
    if (edit) writeFileSync(path.join(target, 'guide.md'), edit(fixtureText(guide)))
  }
  return dir
}

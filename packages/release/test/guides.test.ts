import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {guidePackageName, guidePackages, unreleasedVersion} from '../src/guides.js'
import {readWorkspaces} from '../src/workspace.js'
import {repoRoot} from './helpers.js'

const contentDir = path.join(repoRoot, 'content')
const guideIds = readdirSync(contentDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(path.join(contentDir, entry.name, 'guide.md')))
  .map((entry) => entry.name)

/** The released versions of a guide, highest last; none for a guide not released yet. */
function releases(id: string): string[] {
  const dir = path.join(contentDir, id, 'versions')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /^\d+\.\d+\.\d+\.md$/.test(name))
    .map((name) => name.slice(0, -3))
    .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
}

describe('guides as packages (changesets version them)', () => {
  it('makes every guide folder a workspace package', () => {
    expect(guidePackages(readWorkspaces(repoRoot)).map((g) => g.id).sort()).toEqual([...guideIds].sort())
  })

  it.each(guideIds)('%s: a private @org/guide-<id> whose version is its latest release (0.0.0 before the first)', (id) => {
    const manifest = JSON.parse(readFileSync(path.join(contentDir, id, 'package.json'), 'utf8')) as {name: string; private: boolean; version: string}
    expect(manifest).toMatchObject({name: guidePackageName(id), private: true})
    expect(manifest.version, `content/${id}/package.json: the version must be the latest file in versions/, or ${unreleasedVersion} when there is none (npm run version-packages keeps them together)`).toBe(releases(id).at(-1) ?? unreleasedVersion)
  })

  it.each(guideIds)('%s: every released version is the one frozen at its release (versions/checksums.json)', (id) => {
    const dir = path.join(contentDir, id, 'versions')
    const recorded = existsSync(path.join(dir, 'checksums.json')) ? (JSON.parse(readFileSync(path.join(dir, 'checksums.json'), 'utf8')) as Record<string, string>) : {}
    const actual = Object.fromEntries(releases(id).map((version) => [`${version}.md`, createHash('sha256').update(readFileSync(path.join(dir, `${version}.md`))).digest('hex')]))
    expect(actual, `content/${id}/versions/: a released file was edited, added by hand or removed; restore it (git checkout), or release a new version`).toEqual(recorded)
  })
})

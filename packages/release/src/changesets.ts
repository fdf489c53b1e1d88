import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'

/** A version bump a changeset asks for. */
export type BumpType = 'major' | 'minor' | 'patch' | 'none'

/** One pending changeset (`.changeset/<name>.md`). */
export interface Changeset {
  /** Its file name, e.g. `brave-owls-sing.md`. */
  file: string
  /** The bump of each package it names. */
  releases: Record<string, BumpType>
  /** What it says about the change. */
  summary: string
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/

/** Parses the text of a changeset file; throws on a malformed one. */
export function parseChangeset(text: string, file: string): Changeset {
  const match = frontMatter.exec(text)
  if (!match) throw new Error(`${file}: unexpected changeset without front matter, expected \`---\` lines around the bumps`)
  const releases = (YAML.parse(match[1]!) ?? {}) as Record<string, BumpType>
  for (const [name, bump] of Object.entries(releases)) {
    if (!['major', 'minor', 'patch', 'none'].includes(bump)) throw new Error(`${file}: unexpected bump \`${String(bump)}\` for ${name}, expected major, minor, patch or none`)
  }
  return {file, releases, summary: match[2]!.trim()}
}

/** The pending changesets of the repository at `root`, by file name. */
export function readChangesets(root: string): Changeset[] {
  const dir = path.join(root, '.changeset')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => parseChangeset(readFileSync(path.join(dir, name), 'utf8'), name))
}

/** The changesets that bump `name` with one of `bumps`. */
export function changesetsBumping(changesets: readonly Changeset[], name: string, bumps: readonly BumpType[] = ['major', 'minor', 'patch']): Changeset[] {
  return changesets.filter((changeset) => {
    const bump = changeset.releases[name]
    return bump !== undefined && bumps.includes(bump)
  })
}

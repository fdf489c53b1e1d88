import {parse} from '@org/llm-interview-parser'
import path from 'node:path'
import {discover, type GuideSource} from '../discover.js'
import {readSource} from '../read-source.js'

/**
 * The level ids declared by the other sources of the same guide (its
 * `guide.md` and released versions, read from disk), first seen first:
 * level ids are part of the guide's URLs, so a new version keeps them.
 */
export async function siblingLevelIds(source: GuideSource): Promise<string[]> {
  if (source.folderId === '') return []
  const folder = source.version === 'next' ? path.dirname(source.path) : path.dirname(path.dirname(source.path))
  const {sources} = await discover([folder])
  const ids = new Set<string>()
  const others = sources.filter((other) => path.resolve(other.path) !== path.resolve(source.path))
  // guide.md first, then the releases, later names first.
  const ordered = [...others.filter((other) => other.version === 'next'), ...others.filter((other) => other.version !== 'next').reverse()]
  for (const other of ordered) {
    const read = await readSource(other.path)
    if (!read.ok) continue
    const outline = parse(read.bytes, {path: other.path, version: other.version}).file.data.outline
    for (const level of outline?.levels ?? []) ids.add(level.id)
  }
  return [...ids]
}

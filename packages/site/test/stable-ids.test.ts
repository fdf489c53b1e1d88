import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from '@org/llm-interview-parser'
import type {Guide} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {insertedTexts, insertQuestionAndGroup, itemsByContent} from '../../../test-utils/insert-topics.js'
import {diffGuides} from '../src/diff/index.js'
import {fixtureContentDir} from './content.js'

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url))

/** Every editable guide: the repository's own and the test fixtures. */
const guides = [contentDir, fixtureContentDir].flatMap((dir) =>
  readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name, 'guide.md'))
)

function guideOf(text: string): Guide {
  const {guide, messages} = parse(text, {path: 'guide.md'})
  expect(messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([])
  return guide!
}

describe('a question and a group inserted into a guide', () => {
  it('runs on the repository guides and the fixtures', () => {
    expect(guides.length).toBeGreaterThanOrEqual(3)
  })

  for (const file of guides) {
    it(`keep every other ID, and the diff reports exactly them (${path.relative(path.join(contentDir, '..'), file)})`, () => {
      const text = readFileSync(file, 'utf8')
      const before = guideOf(text)
      const after = guideOf(insertQuestionAndGroup(text, before))
      const now = itemsByContent(after)
      const kept = [...itemsByContent(before)].filter(([key, id]) => now.get(key) === id)
      expect(kept.length).toBe(itemsByContent(before).size)
      const {topics} = diffGuides(before, after)
      expect(topics.added.map((t) => t.text).sort()).toEqual([...insertedTexts].sort())
      expect([topics.removed, topics.reworded, topics.moved]).toEqual([[], [], []])
      // Each reported topic carries the ID it has in the new version.
      const ids = new Set(now.values())
      for (const topic of topics.added) expect(ids.has(topic.id)).toBe(true)
    })
  }
})

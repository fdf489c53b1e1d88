import {readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {keptNodes, sourceNodes} from './conservation.js'

const siteGuides = new URL('../../site/test/fixtures/content/', import.meta.url)
// [file, its headings counted by hand]
const guides: [string, number][] = [
  ['ml-platform/guide.md', 35],
  ['ml-platform/versions/1.0.0.md', 35],
  ['backend-interview/guide.md', 19],
  ['backend-interview/versions/1.0.0.md', 18]
]

describe('conservation', () => {
  it.each(guides)('keeps every heading, paragraph and list item of %s', (name, headings) => {
    const source = readFileSync(new URL(name, siteGuides), 'utf8')
    const {guide, messages} = parse(source)
    expect(messages.filter((m) => m.fatal).map(String)).toEqual([])
    const nodes = sourceNodes(source)
    expect(nodes.filter((key) => key.startsWith('heading@'))).toHaveLength(headings)
    const kept = keptNodes(guide!)
    expect(nodes.filter((key) => !kept.has(key))).toEqual([])
  })
})

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import {GuideSchema} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import * as api from './index.js'
import {guides, loadGuide} from './index.js'

const content = new URL('../../../content/', import.meta.url)
const dist = new URL('../dist/', import.meta.url)

/** The released files under content/: `<id>@<version>`, as the build should have found them. */
function releasedFiles(): string[] {
  return readdirSync(content, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/versions/`, content)))
    .flatMap((entry) => readdirSync(new URL(`${entry.name}/versions/`, content)).filter((name) => /^\d+\.\d+\.\d+\.md$/.test(name)).map((name) => `${entry.name}@${name.slice(0, -3)}`))
    .sort()
}

describe('@org/llm-interview-data public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "guides",
        "loadGuide",
      ]
    `)
  })
})

describe('guides', () => {
  it('lists every released file of content/ (rebuild after a release)', () => {
    expect(guides.flatMap((g) => g.versions.map((v) => `${g.id}@${v}`)).sort()).toEqual(releasedFiles())
  })

  it('names the latest release and matches the shipped versions.json', () => {
    for (const guide of guides) expect(guide.latest).toBe(guide.versions.at(-1))
    expect(JSON.parse(readFileSync(new URL('versions.json', dist), 'utf8'))).toEqual({guides})
  })
})

describe('loadGuide', () => {
  const releases = guides.flatMap((g) => g.versions.map((version) => [g.id, version] as const))

  it.each(releases)('%s %s is the validated guide the parser reads from its file', async (id, version) => {
    const guide = await loadGuide(id, version)
    expect(GuideSchema.parse(guide)).toEqual(guide)
    expect(guide).toEqual(parse(readFileSync(new URL(`${id}/versions/${version}.md`, content)), {path: `content/${id}/versions/${version}.md`, version}).guide)
    expect(JSON.parse(readFileSync(new URL(`guides/${id}/${version}.json`, dist), 'utf8'))).toEqual(guide)
  })

  it('loads the latest release by default', async () => {
    const [first] = guides
    expect((await loadGuide(first!.id)).version).toBe(first!.latest)
    expect(await loadGuide(first!.id, 'latest')).toBe(await loadGuide(first!.id, first!.latest))
  })

  it('names the known guides and versions when asked for another', async () => {
    await expect(loadGuide('no-such-guide')).rejects.toThrow(/^Unknown guide `no-such-guide`, expected one of: llm-interview/)
    await expect(loadGuide('llm-interview', '9.9.9')).rejects.toThrow(/^Unknown version `9.9.9` of guide `llm-interview`, expected `latest` or one of: 1\.0\.0/)
    await expect(loadGuide('llm-interview', 'next')).rejects.toThrow(/Unknown version `next`/)
  })
})

import {readdirSync, readFileSync} from 'node:fs'
import {formatMessage, parserMessages, ruleIdOf, zhHintLabel, type Catalogue} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {siteMessages} from '../src/messages/catalogue.js'
import {allMessages} from '../src/messages/localize.js'
import {releaseMessages} from '../src/messages/release.js'

const catalogue = siteMessages as unknown as Catalogue
const src = new URL('../src/', import.meta.url)
const cjk = /[\u4e00-\u9fff]/

describe("the site's message catalogue", () => {
  const keys = Object.keys(catalogue)

  it('writes every message in English and Chinese, reason and hint', () => {
    for (const key of keys) {
      const entry = catalogue[key]!
      const en = formatMessage(catalogue, key, entry.example, 'en')!
      const zh = formatMessage(catalogue, key, entry.example, 'zh-CN')!
      expect(en.reason, key).toMatch(/^Unexpected /)
      expect(en.hint, key).not.toBe('')
      expect(zh.reason, key).toMatch(cjk)
      expect(zh.reason, key).not.toMatch(/Unexpected|expected/)
      expect(zh.hint.startsWith(zhHintLabel), key).toBe(true)
    }
  })

  it('has an entry for every rule id and variant the site can emit, none it cannot, and no key of the parser\'s', () => {
    const code = readdirSync(src, {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('messages'))
      .map((name) => readFileSync(new URL(name, src), 'utf8'))
      .join('\n')
    const used = new Set([...code.matchAll(/siteProblem\('([a-z0-9/-]+)'/g)].map((m) => m[1]!))
    expect([...used].sort()).toEqual([...keys].sort())
    for (const key of keys) expect(Object.hasOwn(parserMessages, key), key).toBe(false)
    expect(Object.keys(allMessages)).toHaveLength(keys.length + Object.keys(parserMessages).length)
    expect([...new Set(keys.map(ruleIdOf))].sort()).toEqual(
      ['frozen-changed', 'frozen-checksums', 'frozen-missing', 'frozen-unrecorded', 'guide-id', 'link-target', 'no-guides', 'no-such-path', 'not-a-file', 'not-a-folder', 'preview-failure', 'preview-memory', 'preview-timeout', 'release-name', 'unknown-lang', 'unreadable'].sort()
    )
  })

  it('writes every refusal of `release` in English and Chinese, and uses each', () => {
    const release = releaseMessages as unknown as Catalogue
    const code = readFileSync(new URL('commands/release.ts', src), 'utf8')
    for (const key of Object.keys(release)) {
      const entry = release[key]!
      expect(formatMessage(release, key, entry.example, 'en')!.reason, key).not.toMatch(cjk)
      expect(formatMessage(release, key, entry.example, 'zh-CN')!.reason, key).toMatch(cjk)
      expect(code, key).toContain(`'${key}'`)
    }
  })
})

import {readdirSync, readFileSync} from 'node:fs'
import {formatMessage, parserMessages, ruleIdOf, zhHintLabel, type Catalogue} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {siteMessages} from '../src/messages/catalogue.js'
import {allMessages} from '../src/messages/localize.js'
import {nothingMerged} from '../src/messages/debrief.js'
import {newSummaryTexts, type NewSummaryText} from '../src/messages/new-summary.js'
import {newMessages} from '../src/messages/new.js'
import {releaseMessages} from '../src/messages/release.js'
import {usageHint, usageMessages} from '../src/messages/usage.js'

const catalogue = siteMessages as unknown as Catalogue
const src = new URL('../src/', import.meta.url)
const cjk = /[\u4e00-\u9fff]/

/** Entry `key` of `messages` written in English ("Unexpected …", with a hint) and in Chinese (reason and labelled hint). */
function expectBilingual(messages: Catalogue, key: string): void {
  const entry = messages[key]!
  const en = formatMessage(messages, key, entry.example, 'en')!
  const zh = formatMessage(messages, key, entry.example, 'zh-CN')!
  expect(en.reason, key).toMatch(/^Unexpected /)
  expect(en.hint, key).not.toBe('')
  expect(zh.reason, key).toMatch(cjk)
  expect(zh.reason, key).not.toMatch(/Unexpected|expected/)
  expect(zh.hint.startsWith(zhHintLabel), key).toBe(true)
}

describe("the site's message catalogue", () => {
  const keys = Object.keys(catalogue)

  it('writes every message in English and Chinese, reason and hint', () => {
    for (const key of keys) {
      expectBilingual(catalogue, key)
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
      ['debrief', 'frozen-changed', 'frozen-checksums', 'frozen-missing', 'frozen-unrecorded', 'front-matter', 'guide-id', 'link-target', 'no-guides', 'no-such-path', 'not-a-file', 'not-a-folder', 'preview-failure', 'preview-memory', 'preview-timeout', 'release', 'release-name', 'unknown-lang', 'unreadable'].sort()
    )
  })

  it('writes every refusal of `release` in English and Chinese, and uses each', () => {
    const release = releaseMessages as unknown as Catalogue
    const code = readFileSync(new URL('commands/release.ts', src), 'utf8')
    for (const key of Object.keys(release)) {
      const entry = release[key]!
      const [en, zh] = [formatMessage(release, key, entry.example, 'en')!, formatMessage(release, key, entry.example, 'zh-CN')!]
      expect(en.reason, key).not.toMatch(cjk)
      expect(zh.reason, key).toMatch(cjk)
      // A refusal of the command line says so, with a hint in both languages.
      if (en.hint !== '') {
        expect(en.reason, key).toMatch(/^Unexpected .*command line/)
        expect(en.hint, key).not.toMatch(cjk)
        expect(zh.reason, key).toContain('命令行')
        expect(zh.hint.startsWith(zhHintLabel), key).toBe(true)
      }
      expect(code, key).toContain(`'${key}'`)
    }
    for (const key of ['release/version', 'release/unknown-guide', 'release/name-guide']) expect(formatMessage(release, key, release[key]!.example, 'en')!.hint, key).not.toBe('')
    // Those about a file are the site's messages, reported at the file's line:column.
    for (const key of ['release/already', 'release/not-after', 'release/package-version', 'release/write-failed']) {
      expect(Object.hasOwn(siteMessages, key), key).toBe(true)
      expect(code, key).toContain(`siteProblem('${key}'`)
    }
  })

  it('writes every refusal of `new` in English and Chinese, reason and hint, and uses each', () => {
    const refusals = newMessages as unknown as Catalogue
    const code = ['commands/new.ts', 'new/guide-id.ts'].map((name) => readFileSync(new URL(name, src), 'utf8')).join('\n')
    for (const key of Object.keys(refusals)) {
      expectBilingual(refusals, key)
      expect(code, key).toContain(`'${key}'`)
    }
  })

  it('writes every line of what `new` did in English and Chinese', () => {
    const params = {target: 'content/ml', id: 'ml', title: 'ML', parts: 2, sections: 5, file: 'content/ml/guide.md', from: 'outline.md', name: '@org/guide-ml', workspace: true, lang: 'zh-CN', duration: '60-90', line: 40, count: 3, total: 120, max: 90, levels: true}
    const lineOf = (text: NewSummaryText, key: keyof NewSummaryText) => {
      const value = text[key]
      return typeof value === 'string' ? value : (value as (p: typeof params) => string)(params)
    }
    const keys = Object.keys(newSummaryTexts.en) as (keyof NewSummaryText)[]
    expect(Object.keys(newSummaryTexts['zh-CN']).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      expect(lineOf(newSummaryTexts.en, key), key).not.toMatch(cjk)
      expect(lineOf(newSummaryTexts['zh-CN'], key), key).toMatch(cjk)
    }
  })

  it('writes every usage error in English ("Unexpected …") and Chinese, with the usage line after it, and uses each', () => {
    const usage = usageMessages as unknown as Catalogue
    const code = ['cli.ts', ...readdirSync(new URL('cli/', src)).map((name) => `cli/${name}`)].map((name) => readFileSync(new URL(name, src), 'utf8')).join('\n')
    for (const key of Object.keys(usage)) {
      const entry = usage[key]!
      const en = formatMessage(usage, key, entry.example, 'en')!.reason
      const zh = formatMessage(usage, key, entry.example, 'zh-CN')!.reason
      expect(en, key).toMatch(/^Unexpected /)
      expect(en, key).not.toMatch(cjk)
      expect(zh, key).toMatch(cjk)
      expect(zh, key).not.toMatch(/Unexpected|expected/)
      expect(code, key).toContain(`'${key}'`)
    }
    for (const params of [{}, {command: 'check', signature: 'check [...paths]'}]) {
      expect(usageHint.en(params)).not.toMatch(cjk)
      expect(usageHint['zh-CN'](params)).toMatch(cjk)
    }
  })

  it("writes the closing line of debrief's refusals in English and Chinese", () => {
    expect(nothingMerged.en({refused: 1, files: 2})).not.toMatch(cjk)
    expect(nothingMerged['zh-CN']({refused: 1, files: 2})).toMatch(cjk)
  })
})

import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {formatMessage, messageLangs, messageRefOf, messageText, parse, parserMessages, ruleIdOf, zhHintLabel, type Catalogue} from '../src/index.js'
import {replaceOnce} from '../../../test-utils/replace-once.js'

const catalogue = parserMessages as unknown as Catalogue
const src = new URL('../src/', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)
const cjk = /[\u4e00-\u9fff]/

/** The parser's source files outside the catalogue, tests left out. */
function codeFiles(): {name: string; text: string}[] {
  return readdirSync(src, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('messages'))
    .map((name) => ({name, text: readFileSync(new URL(name, src), 'utf8')}))
}

describe('the message catalogue', () => {
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
      expect(zh.hint.length, key).toBeGreaterThan(zhHintLabel.length)
      expect(zh.related === undefined, `${key}: related text in both languages or neither`).toBe(en.related === undefined)
    }
  })

  it('has an entry for every rule id and variant the code can emit, and none it cannot', () => {
    const code = codeFiles()
    const all = code.map((file) => file.text).join('\n')
    // Every message goes through the catalogue: no reason or rule id is written outside it.
    for (const file of code) {
      expect(file.text, file.name).not.toMatch(/reason:\s*[`'"]Unexpected/)
      expect(file.text, file.name).not.toMatch(/ruleId:\s*'/)
    }
    const contexts = [...all.matchAll(/reportUnexpected\([^,]+,\s*file,\s*'([a-z-]+)'/g)].map((m) => m[1]!)
    expect(contexts.length).toBeGreaterThan(5)
    const emitted = new Set([
      ...[...all.matchAll(/'([a-z0-9-]+(?:\/[a-z0-9-]+)?)'/g)].map((m) => m[1]!).filter((key) => Object.hasOwn(catalogue, key)),
      ...contexts.flatMap((context) => [`unexpected-content/${context}`, `no-html/${context}`])
    ])
    expect(keys.filter((key) => !emitted.has(key)), 'catalogue entries no code emits').toEqual([])
    for (const context of contexts) expect(keys, context).toContain(`unexpected-content/${context}`)
    const ruleIds = new Set(keys.map(ruleIdOf))
    expect([...ruleIds].sort()).toEqual(
      [
        'duration', 'empty-file', 'empty-item', 'empty-part', 'encoding', 'front-matter', 'heading-formatting', 'heading-link', 'heading-order',
        'internal-error', 'level-plan', 'link-target', 'no-html', 'numbering', 'objective', 'part-duration', 'rubric-weight', 'schema', 'title',
        'too-deep', 'too-large', 'too-long-line', 'too-many-headings', 'too-many-items', 'too-many-lines', 'too-many-marks', 'too-many-messages',
        'total-duration', 'unexpected-content', 'unsafe-url', 'unsupported-content'
      ].sort()
    )
  })

  it('gives every message of every fixture its catalogue entry, in both languages', () => {
    let count = 0
    for (const name of readdirSync(fixtures)) {
      const input = readFileSync(new URL(`${name}/input.md`, fixtures))
      const en = parse(input, {version: '1.0.0'})
      const zh = parse(input, {version: '1.0.0', lang: 'zh-CN'})
      expect(zh.messages.map((m) => m.ruleId), name).toEqual(en.messages.map((m) => m.ruleId))
      en.messages.forEach((message, index) => {
        const ref = messageRefOf(message)
        expect(ref && Object.hasOwn(catalogue, ref.key), `${name}: ${message.reason}`).toBe(true)
        expect(ruleIdOf(ref!.key)).toBe(message.ruleId)
        const chinese = zh.messages[index]!
        expect(chinese.reason).toMatch(cjk)
        expect(chinese.note?.startsWith(zhHintLabel)).toBe(true)
        expect(messageText(chinese, 'en')).toEqual(messageText(message, 'en'))
        count++
      })
    }
    expect(count).toBeGreaterThan(40)
  }, 120_000)
})

describe('the language of messages', () => {
  const valid = readFileSync(new URL('valid/input.md', fixtures), 'utf8')
  // A section heading whose duration was left out.
  const section = /^### (\d+\.\d+ [^\n(]*?) ?\(\d+(?:-\d+)?分钟\)$/m.exec(valid)!
  const missing = replaceOnce(valid, section[0], `### ${section[1]}`)

  it('is English by default', () => {
    const [message] = parse(missing).messages.filter((m) => m.ruleId === 'duration')
    expect(message!.reason).toBe(`Unexpected section heading without a duration, expected \`### ${section[1]} (N分钟)\``)
  })

  it('follows the guide\'s lang with `lang: guide`: Chinese for zh-CN', () => {
    expect(valid).toMatch(/^lang: zh-CN$/m)
    const [message] = parse(missing, {lang: 'guide'}).messages.filter((m) => m.ruleId === 'duration')
    expect(message!.reason).toBe(`小节标题 “${section[1]}” 缺少时长，应为 “### ${section[1]} (N分钟)”`)
    expect(message!.note).toBe(`${zhHintLabel}在标题末尾写上计划的分钟数，例如 “(10分钟)” 或范围 “(25-30分钟)”。`)
    expect(message!.ruleId).toBe('duration')
  })

  it('follows the guide\'s lang with `lang: guide`: English for en', () => {
    const english = replaceOnce(missing, 'lang: zh-CN', 'lang: en')
    const [message] = parse(english, {lang: 'guide'}).messages.filter((m) => m.ruleId === 'duration')
    expect(message!.reason).toMatch(/^Unexpected section heading without a duration/)
  })

  it('writes related places in the message\'s language', () => {
    const second = /^### (\d+)\.(\d+) /m.exec(missing.slice(missing.indexOf(section[0].slice(0, 8)) + 8))
    expect(second).not.toBeNull()
    const duplicated = replaceOnce(valid, `### ${second![1]}.${second![2]} `, `### ${section[1]!.split(' ')[0]} `)
    const zh = parse(duplicated, {lang: 'zh-CN'}).messages.find((m) => m.ruleId === 'numbering')
    expect(zh?.reason).toMatch(/重复/)
    expect(String((zh!.cause as {reason: string}).reason)).toMatch(/^第一个小节 .* 在这里$/)
  })

  it('lists both catalogue languages', () => {
    expect(messageLangs).toEqual(['en', 'zh-CN'])
  })
})

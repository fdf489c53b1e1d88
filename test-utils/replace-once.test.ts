import {describe, expect, it} from 'vitest'
import {replaceEach, replaceOnce} from './replace-once.js'

describe('replaceOnce', () => {
  it('replaces the one occurrence of a string anchor literally', () => {
    expect(replaceOnce('a (10分钟) b', '(10分钟)', '($&分钟)')).toBe('a ($&分钟) b')
  })

  it('replaces the one match of a RegExp anchor, with a function of the match', () => {
    expect(replaceOnce('# t\n#### g\n- x\n', /^#### .*\n/m, (m) => `${m}- new\n`)).toBe('# t\n#### g\n- new\n- x\n')
  })

  it('throws naming an anchor that is absent', () => {
    expect(() => replaceOnce('abc', '### 1.2 网络', 'x')).toThrow('Expected the anchor "### 1.2 网络" exactly once in the text, found it nowhere')
    expect(() => replaceOnce('abc', /^## /m, 'x')).toThrow('Expected the anchor /^## /m exactly once in the text, found it nowhere')
  })

  it('throws naming an anchor that occurs more than once, overlapping ones included', () => {
    expect(() => replaceOnce('- a\n- a\n', '- a', 'x')).toThrow('Expected the anchor "- a" exactly once in the text, found it 2 times')
    expect(() => replaceOnce('aaa', 'aa', 'x')).toThrow('found it 2 times')
    expect(() => replaceOnce('#### a\n#### b\n', /^#### /m, 'x')).toThrow('found it 2 times')
  })

  it('refuses an empty anchor', () => {
    expect(() => replaceOnce('abc', '', 'x')).toThrow('Expected a non-empty anchor')
    expect(() => replaceOnce('abc', /x*/, 'y')).toThrow('found it nowhere')
  })
})

describe('replaceEach', () => {
  it('applies each edit in order, each to the result of the previous one', () => {
    expect(replaceEach('a b', [['a', 'c'], ['c b', 'd']])).toBe('d')
    expect(() => replaceEach('a b', [['a', 'c'], ['a', 'd']])).toThrow('"a" exactly once in the text, found it nowhere')
  })
})

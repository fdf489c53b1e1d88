import {describe, expect, it} from 'vitest'
import {replaceOnce} from './replace-once.js'

describe('replaceOnce', () => {
  it('replaces the one occurrence of its anchor', () => {
    expect(replaceOnce('a-b-c', '-b-', '+')).toBe('a+c')
  })

  it('throws, naming the anchor, when it is missing or repeated', () => {
    expect(() => replaceOnce('abc', 'x\n', 'y')).toThrow('replaceOnce: anchor not found: "x\\n"')
    expect(() => replaceOnce('abab', 'ab', 'y')).toThrow('replaceOnce: anchor found more than once: "ab"')
  })
})

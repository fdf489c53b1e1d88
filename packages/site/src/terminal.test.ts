import {describe, expect, it} from 'vitest'
import {escapeControls, escapeJsonControls} from './terminal.js'

describe('escapeControls', () => {
  it('writes C0 (but tab and line feed), DEL and C1 as \\xNN', () => {
    expect(escapeControls('a\u0000b\u001b[2Jc\u0007d\re\u007ff\u0080g\u009bh')).toBe('a\\x00b\\x1b[2Jc\\x07d\\x0de\\x7ff\\x80g\\x9bh')
    expect(escapeControls('tab\tand\nline 中文 \u00a0é')).toBe('tab\tand\nline 中文 \u00a0é')
  })
})

describe('escapeJsonControls', () => {
  it('escapes what JSON.stringify leaves raw, keeping the value', () => {
    const value = {text: 'a\u001bb\u007fc\u009bd'}
    const json = escapeJsonControls(JSON.stringify(value))
    expect(json).toBe('{"text":"a\\u001bb\\u007fc\\u009bd"}')
    expect(JSON.parse(json)).toEqual(value)
  })
})

import {describe, expect, it} from 'vitest'
import {colorEnabled, escapeControls, escapeJsonControls, progressEnabled, progressLine} from './terminal.js'

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

describe('colorEnabled', () => {
  it('colours a terminal, unless NO_COLOR or a dumb terminal', () => {
    expect(colorEnabled({}, true)).toBe(true)
    expect(colorEnabled({}, false)).toBe(false)
    expect(colorEnabled({NO_COLOR: '1'}, true)).toBe(false)
    expect(colorEnabled({NO_COLOR: ''}, true)).toBe(true)
    expect(colorEnabled({TERM: 'dumb'}, true)).toBe(false)
  })

  it('follows FORCE_COLOR, on a terminal or not, over NO_COLOR', () => {
    expect(colorEnabled({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(colorEnabled({FORCE_COLOR: ''}, false)).toBe(true)
    expect(colorEnabled({FORCE_COLOR: '1', NO_COLOR: '1'}, false)).toBe(true)
    expect(colorEnabled({FORCE_COLOR: '0'}, true)).toBe(false)
    expect(colorEnabled({FORCE_COLOR: 'false'}, true)).toBe(false)
  })
})

describe('progress', () => {
  it('is shown on a terminal, never in CI', () => {
    expect(progressEnabled({}, true)).toBe(true)
    expect(progressEnabled({}, false)).toBe(false)
    expect(progressEnabled({CI: 'true'}, true)).toBe(false)
    expect(progressEnabled({CI: '1'}, true)).toBe(false)
    expect(progressEnabled({CI: 'false'}, true)).toBe(true)
  })

  it('rewrites one line in place and clears it at the end; writes nothing when off', () => {
    let shown = ''
    const line = progressLine((text) => void (shown += text), true)
    line.update('PDF', 1, 2)
    line.update('PDF', 2, 2)
    line.end()
    expect(shown).toBe('\r\u001b[2KPDF 1/2\r\u001b[2KPDF 2/2\r\u001b[2K')
    let quiet = ''
    const off = progressLine((text) => void (quiet += text), false)
    off.update('PDF', 1, 2)
    off.end()
    expect(quiet).toBe('')
  })
})

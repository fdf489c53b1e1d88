import {describe, expect, it} from 'vitest'
import {jsonPlace, jsonSteps} from './json-place.js'

const text = '{\n  "a": [1, {"b": "x"}],\n  "c": {\n    "d": null\n  }\n}\n'

describe('jsonPlace', () => {
  it('finds the start of the value at a path, by key and index', () => {
    expect(jsonPlace(text)).toEqual({line: 1, column: 1})
    expect(jsonPlace(text, ['a'])).toEqual({line: 2, column: 8})
    expect(jsonPlace(text, ['a', 1, 'b'])).toEqual({line: 2, column: 18})
    expect(jsonPlace(text, ['c', 'd'])).toEqual({line: 4, column: 10})
  })

  it('stops at the deepest value on the way to one that is absent', () => {
    expect(jsonPlace(text, ['c', 'missing'])).toEqual({line: 3, column: 8})
    expect(jsonPlace(text, ['a', 5])).toEqual({line: 2, column: 8})
    expect(jsonPlace(text, ['a', 'b'])).toEqual({line: 2, column: 8})
  })

  it('takes the last of repeated keys, as JSON.parse does, and skips a byte order mark', () => {
    expect(jsonPlace('{"k": 1,\n "k": 2}', ['k'])).toEqual({line: 2, column: 7})
    expect(jsonPlace('\uFEFF{"k": 1}', ['k'])).toEqual({line: 1, column: 7})
  })

  it('finds the syntax error of text that is not JSON, or the end of text cut short', () => {
    expect(jsonPlace('{\n  "a": 1,\n}')).toEqual({line: 3, column: 1})
    expect(jsonPlace('{"a":}')).toEqual({line: 1, column: 6})
    expect(jsonPlace('{"a": 01}')).toEqual({line: 1, column: 7})
    expect(jsonPlace('{"a": 1} x')).toEqual({line: 1, column: 10})
    expect(jsonPlace('{')).toEqual({line: 1, column: 2})
    expect(jsonPlace('{\n  "a": \n')).toEqual({line: 2, column: 7})
    expect(jsonPlace('')).toEqual({line: 1, column: 1})
  })
})

describe('jsonSteps', () => {
  it('splits the paths the export reader names', () => {
    expect(jsonSteps('scores[0].score')).toEqual(['scores', 0, 'score'])
    expect(jsonSteps('sections[12].topics[3].checked')).toEqual(['sections', 12, 'topics', 3, 'checked'])
    expect(jsonSteps('label')).toEqual(['label'])
  })
})

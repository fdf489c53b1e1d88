import {describe, expect, it} from 'vitest'
import {frontMatterKeyAt} from './front-matter-keys.js'

const text = `---
id: demo
lang: zh-CN
levels:
  - id: first
    label: 第一级
    plan:
      - {section: 1.1, ro}
      - section: 1.2
        ro
      - 

  - 
lan
---
body
`
const lines = text.split('\n')
const end = (line: number) => frontMatterKeyAt(lines, line, lines[line]!.length)

describe('frontMatterKeyAt', () => {
  it('finds the scope of the key being typed and the keys its mapping has', () => {
    expect(end(13)).toEqual({scope: 'guide', present: ['id', 'lang', 'levels'], colon: false, line: 13, start: 0, end: 3})
    expect(frontMatterKeyAt(lines, 7, lines[7]!.indexOf('}'))).toMatchObject({scope: 'plan-entry', present: ['section'], start: 23, end: 25})
    expect(end(9)).toMatchObject({scope: 'plan-entry', present: ['section'], start: 8, end: 10})
    expect(end(10)).toMatchObject({scope: 'plan-entry', present: [], start: 8, end: 8})
    expect(end(12)).toMatchObject({scope: 'level', present: []})
    expect(frontMatterKeyAt(lines, 5, 6)).toMatchObject({scope: 'level', present: ['id', 'plan'], colon: true, start: 4, end: 9})
  })

  it('answers nothing in values and outside the front matter', () => {
    expect(frontMatterKeyAt(lines, 5, lines[5]!.length)).toBeUndefined()
    expect(frontMatterKeyAt(lines, 1, 5)).toBeUndefined()
    expect(end(15)).toBeUndefined()
    expect(frontMatterKeyAt(lines, 0, 0)).toBeUndefined()
  })
})

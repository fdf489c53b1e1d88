import {describe, expect, it} from 'vitest'
import {frontMatterValueAt, frontMatterValues, levelEntryAround} from './front-matter-value.js'

const text = `---
id: demo
# role: core is a comment
levels:
  - id: first
    label: 第一级
    plan:
      - {section: 1.1, role: core, minutes: 5}
      - section: "2.10"
        role: 
  - id: second
    plan: []
---
section: 1.1 in the body
`
const lines = text.split('\n')
const at = (line: number, needle: string, offset = needle.length) => frontMatterValueAt(lines, line, lines[line]!.indexOf(needle) + offset)

describe('frontMatterValueAt', () => {
  it('finds values in block and flow style, quoted or empty', () => {
    expect(at(7, 'section: 1.1')).toEqual({kind: 'section', text: '1.1', line: 7, start: 18, end: 21})
    expect(at(7, 'section: 1', 'section: '.length)).toMatchObject({kind: 'section', text: '1.1'})
    expect(at(7, 'role: core')).toMatchObject({kind: 'role', text: 'core'})
    expect(at(8, 'section: "2.10"')).toMatchObject({kind: 'section', text: '2.10', start: 17, end: 23})
    expect(at(9, 'role: ')).toMatchObject({kind: 'role', text: '', start: 14, end: 14})
    expect(at(5, 'label: 第一级')).toMatchObject({kind: 'label', text: '第一级'})
  })

  it('tells a level id from the guide id', () => {
    expect(at(4, 'id: first')).toMatchObject({kind: 'level-id', text: 'first'})
    expect(at(1, 'id: demo')).toBeUndefined()
  })

  it('answers nothing on keys, comments and outside the front matter', () => {
    expect(at(7, 'section', 2)).toBeUndefined()
    expect(at(7, 'minutes: 5')).toBeUndefined()
    expect(at(2, 'role: core')).toBeUndefined()
    expect(at(0, '---')).toBeUndefined()
    expect(at(13, '---')).toBeUndefined()
    expect(at(14, 'section: 1.1')).toBeUndefined()
  })

  it('answers in a front matter not closed yet', () => {
    const open = ['---', 'levels:', '  - id: x', '    plan:', '      - {section: '].join('\n').split('\n')
    expect(frontMatterValueAt(open, 4, open[4]!.length)).toMatchObject({kind: 'section', text: ''})
  })
})

describe('frontMatterValues and levelEntryAround', () => {
  it('lists the values of one kind, and the lines of a level entry', () => {
    expect(frontMatterValues(lines, 'level-id').map((value) => value.text)).toEqual(['first', 'second'])
    expect(levelEntryAround(lines, 8)).toEqual({from: 4, to: 9})
    expect(levelEntryAround(lines, 11)).toEqual({from: 10, to: 11})
    expect(levelEntryAround(lines, 12)).toBeUndefined()
    expect(levelEntryAround(lines, 1)).toBeUndefined()
    const first = levelEntryAround(lines, 8)!
    expect(frontMatterValues(lines, 'section', first.from, first.to).map((value) => value.text)).toEqual(['1.1', '2.10'])
  })
})

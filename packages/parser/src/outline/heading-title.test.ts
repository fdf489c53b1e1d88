import type {Inline} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {sliceInlines} from './heading-title.js'

const link = (url: string, text: string): Inline => ({type: 'link', url, children: [{type: 'text', value: text}]})

describe('sliceInlines', () => {
  it('cuts a number and a duration off a linked title', () => {
    const inlines: Inline[] = [{type: 'text', value: '1.1 '}, link('../notes/a.md', '召回'), {type: 'text', value: '策略 (10分钟)'}]
    expect(sliceInlines(inlines, 4, 8)).toEqual([link('../notes/a.md', '召回'), {type: 'text', value: '策略'}])
  })

  it('cuts inside formatting and keeps it', () => {
    const inlines: Inline[] = [{type: 'strong', children: [{type: 'text', value: '一、排序'}]}, {type: 'text', value: ' (5分钟)'}]
    expect(sliceInlines(inlines, 2, 4)).toEqual([{type: 'strong', children: [{type: 'text', value: '排序'}]}])
  })

  it('gives nothing outside the text', () => {
    expect(sliceInlines([{type: 'text', value: 'abc'}], 3, 5)).toEqual([])
  })
})

import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {splitBlocks} from './blocks.js'
import {classifyAppendix} from './classify.js'

/** The `##` titles of each kind of block, for a Markdown text of `##` blocks. */
function classify(markdown: string): Record<string, string | string[] | undefined> {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const {blocks} = splitBlocks(tree.children, new VFile())
  const title = (block: (typeof blocks)[number] | undefined) => (block ? String((block.heading.children[0] as {value: string}).value) : undefined)
  const result = classifyAppendix(blocks)
  return {
    rubric: title(result.rubric),
    advice: title(result.advice),
    levels: title(result.levels),
    references: title(result.references),
    extra: result.extra.map(title) as string[]
  }
}

const rubric = '## R\n### 甲 (100%)\n- 点\n'
const advice = '## A\n### L\n- **一级：** 甲\n- **二级：** 乙\n### T\n- 提示\n'
const tips = '## A\n### T\n- 提示\n'
const plainReferences = '## P\n### 书\n- 某书\n'
const linkedReferences = '## P\n### 书\n- [某书](https://example.com)\n'

describe('classifyAppendix', () => {
  it('finds the advice by its level list and the references by their links, in any order', () => {
    expect(classify(rubric + advice + linkedReferences)).toEqual({rubric: 'R', advice: 'A', levels: 'L', references: 'P', extra: []})
    expect(classify(linkedReferences + advice)).toEqual({rubric: undefined, advice: 'A', levels: 'L', references: 'P', extra: []})
  })

  it('takes plain blocks in the template order: advice, then references', () => {
    expect(classify(tips + plainReferences)).toEqual({rubric: undefined, advice: 'A', levels: undefined, references: 'P', extra: []})
    expect(classify(advice + plainReferences)).toEqual({rubric: undefined, advice: 'A', levels: 'L', references: 'P', extra: []})
    expect(classify(plainReferences)).toEqual({rubric: undefined, advice: undefined, levels: undefined, references: 'P', extra: []})
  })

  it('does not take tips with a link for the references', () => {
    const linkedTips = '## A\n### T\n- 提示\n- 参见[流程](../process.md)\n- 再一条\n'
    expect(classify(linkedTips + plainReferences)).toEqual({rubric: undefined, advice: 'A', levels: undefined, references: 'P', extra: []})
  })

  it('leaves a block that fits nowhere as extra', () => {
    expect(classify(advice + '## X\n### 其他\n- 内容\n' + linkedReferences).extra).toEqual(['X'])
  })

  it('needs two distinct lead-ins with text, without links, for a level list', () => {
    expect(classify('## A\n### L\n- **一级：** 甲\n').levels).toBeUndefined()
    expect(classify('## A\n### L\n- **一级：** 甲\n- **一级：** 乙\n').levels).toBeUndefined()
    expect(classify('## A\n### L\n- **一级：**\n- **二级：** 乙\n').levels).toBeUndefined()
    expect(classify('## A\n### L\n- **一级** 甲\n- **二级** 乙\n').levels).toBeUndefined()
    expect(classify('## A\n### L\n- **一级：** [甲](https://example.com)\n- **二级：** 乙\n').levels).toBeUndefined()
    expect(classify('## A\n### L\n- **一级**：甲\n- **二级**：乙\n').levels).toBe('L')
  })
})

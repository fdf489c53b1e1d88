import {describe, expect, it} from 'vitest'
import {codeBlocks} from './readme-blocks.js'

describe('codeBlocks', () => {
  it('reads fenced blocks with their language and line, a longer fence keeping shorter ones as text', () => {
    const markdown = ['# Title', '', '```js', 'one()', '```', '', '````markdown', '- item', '  ```python', '  x = 1', '  ```', '````', '', '~~~', 'plain', '~~~', ''].join('\n')
    expect(codeBlocks(markdown)).toEqual([
      {lang: 'js', code: 'one()\n', line: 3},
      {lang: 'markdown', code: '- item\n  ```python\n  x = 1\n  ```\n', line: 7},
      {lang: '', code: 'plain\n', line: 14}
    ])
  })

  it('does not close a block at a fence followed by text (the block runs on)', () => {
    expect(codeBlocks('```js\na()\n``` and text\nb()\n```\n')).toEqual([{lang: 'js', code: 'a()\n``` and text\nb()\n', line: 1}])
  })
})

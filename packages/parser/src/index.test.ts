import {describe, expect, it} from 'vitest'
import * as api from './index.js'

describe('@org/llm-interview-parser public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "frontMatterJsonSchema",
        "limits",
        "mdastToOutline",
        "messageSource",
        "parse",
        "relativeLinkTarget",
        "remarkOutline",
      ]
    `)
  })
})

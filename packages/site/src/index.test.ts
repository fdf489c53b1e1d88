import {describe, expect, it} from 'vitest'
import * as api from './index.js'

describe('@org/llm-interview-site public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "build",
        "checkSource",
        "classify",
        "discover",
        "main",
        "processIo",
        "startDevServer",
        "toJsonMessages",
        "usage",
      ]
    `)
  })
})

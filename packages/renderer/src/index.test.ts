import {describe, expect, it} from 'vitest'
import * as api from './index.js'

describe('@org/llm-interview-renderer public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "anchors",
        "createRenderMemo",
        "cssString",
        "defaultHandlers",
        "guideCss",
        "inlinesToHast",
        "levelVariant",
        "pageHref",
        "pagePath",
        "plannedDuration",
        "relativePath",
        "render",
        "renderTree",
        "runSheet",
        "serializeHtml",
        "strings",
        "stringsFor",
        "stringsLangOf",
        "stylesheetUrl",
      ]
    `)
  })
})

import {describe, expect, it} from 'vitest'
import * as api from './index.js'

describe('@org/llm-interview-parser public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "entry",
        "formatMessage",
        "frontMatterJsonSchema",
        "isMessageLang",
        "limits",
        "localizeMessages",
        "mdastToOutline",
        "messageLangs",
        "messageRefOf",
        "messageSource",
        "messageText",
        "parse",
        "parserMessages",
        "relativeLinkTarget",
        "remarkOutline",
        "resolveMessageLang",
        "ruleIdOf",
        "setMessageRef",
        "zhHintLabel",
      ]
    `)
  })
})

export {frontMatterJsonSchema} from './front-matter-schema.js'
export {limits} from './limits.js'
export {mdastToOutline, type OutlineOptions} from './mdast-to-outline.js'
export {parse, type ParseOptions, type ParseResult} from './parse.js'
export {remarkOutline} from './plugin.js'
export {relativeLinkTarget} from './rules/links.js'
export {messageSource, type Severity} from './report.js'
export {localizeMessages, messageRefOf, messageText, setMessageRef, type LocalizableMessage, type MessageRef} from './localize.js'
export {
  entry,
  formatMessage,
  isMessageLang,
  messageLangs,
  resolveMessageLang,
  ruleIdOf,
  zhHintLabel,
  type Catalogue,
  type MessageEntry,
  type MessageLang,
  type MessageParams,
  type MessageText
} from './messages/catalogue.js'
export {parserMessages, type ParserMessageKey} from './messages/index.js'

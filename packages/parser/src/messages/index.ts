import {contentMessages} from './content.js'
import {frontMatterMessages} from './front-matter.js'
import {inputMessages} from './input.js'
import {levelMessages} from './levels.js'
import {outlineMessages} from './outline.js'

/**
 * Every message the parser emits, in English and Chinese: keys are the
 * rule id, or `ruleId/variant` when one rule says several things.
 */
export const parserMessages = {...inputMessages, ...frontMatterMessages, ...outlineMessages, ...levelMessages, ...contentMessages}

/** A key of the parser's catalogue. */
export type ParserMessageKey = keyof typeof parserMessages

/** The values the message `K` is filled with. */
export type ParserMessageParams<K extends ParserMessageKey> = Parameters<(typeof parserMessages)[K]['en']>[0]

export {mdastToOutline, type OutlineOptions} from './mdast-to-outline.js'
export {parse, type ParseOptions, type ParseResult} from './parse.js'
export {remarkOutline} from './plugin.js'
export {messageSource, type Severity} from './report.js'

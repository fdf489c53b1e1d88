import type {Guide} from '@org/llm-interview-schema'
import {searchDocuments} from './documents.js'
import type {SearchDocument} from './engine.js'

/** Version of the `search-index.json` format; bumped when the browser script must change with it. */
export const searchIndexFormat = 2

/** What `search-index.json` holds; the browser builds the index from `documents` at load time. */
export interface SearchIndexFile {
  /** `searchIndexFormat` of the writer. */
  format: number
  /** The guide's id, e.g. `llm-interview`. */
  guide: string
  /** The guide version, e.g. `1.0.0` or `next`. */
  version: string
  /** BCP 47 language of the text. */
  lang: string
  /** The documents, in page order. */
  documents: SearchDocument[]
}

/**
 * The `search-index.json` a build writes in each version folder: compact,
 * deterministic JSON (fixed key order, page order, trailing newline), so an
 * unchanged guide gives a byte-identical file.
 */
export function searchIndexJson(guide: Guide): string {
  const file: SearchIndexFile = {
    format: searchIndexFormat,
    guide: guide.id,
    version: guide.version,
    lang: guide.lang,
    documents: searchDocuments(guide).map(({id, title, part, text, href, anchors}) => ({id, title, part, text, href, ...(anchors ? {anchors} : {})}))
  }
  return JSON.stringify(file) + '\n'
}

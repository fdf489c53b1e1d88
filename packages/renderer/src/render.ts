import type {Guide} from '@org/llm-interview-schema'
import type {Root} from 'hast'
import {documentTree} from './document.js'
import {defaultHandlers} from './handlers/index.js'
import {memoPieces} from './memo.js'
import {createState, type RenderOptions} from './state.js'
import {serialize} from './to-html.js'

/**
 * Renders one page of `guide` as a hast tree: the full guide (default), a
 * level's variant (`level`), a print document (`page: 'print'`), a
 * run-sheet or a scorecard. Inline content is sanitized whatever the JSON
 * holds. Throws only for an unknown `level`.
 */
export function renderTree(guide: Guide, options: RenderOptions = {}): Root {
  return documentTree(createState(guide, options, defaultHandlers))
}

/** Renders one page of `guide` as an HTML document string (see `renderTree`). */
export function render(guide: Guide, options: RenderOptions = {}): string {
  return serialize(renderTree(guide, options), options.memo && memoPieces(options.memo)) + '\n'
}

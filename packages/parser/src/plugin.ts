import type {Guide, GuideInput} from '@org/llm-interview-schema'
import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {FrontMatterKey} from './front-matter.js'
import {mdastToOutline, type OutlineOptions} from './mdast-to-outline.js'
import {hasFatal} from './report.js'
import {validateGuide} from './validate.js'

declare module 'vfile' {
  interface DataMap {
    /** The validated guide, set by `remarkOutline` when the file has no errors. */
    guide: Guide
    /** The front matter's `lang` as written (when it is a valid tag), set even when the guide has errors: the language of its messages. */
    lang: string
    /**
     * Where each front matter key (`id`, `lang`, `duration`, `levels`) was
     * written, set by `remarkOutline`: checks outside the parser (such as
     * the guide id against its folder) point at the key's line with it.
     */
    frontMatterPlaces: Partial<Record<FrontMatterKey, Position>>
    /**
     * The outline as read, before validation, set by `remarkOutline` even
     * when the file has errors: editor tools (the language server) take the
     * sections and levels of a guide being written from it.
     */
    outline: GuideInput
  }
}

/**
 * unified plugin: turns the tree into a validated guide in `file.data.guide`,
 * reporting every problem on the file. Needs remark-frontmatter (yaml) and
 * remark-gfm before it.
 */
export const remarkOutline: Plugin<[OutlineOptions?], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    const draft = mdastToOutline(tree, file, options ?? {})
    file.data.outline = draft
    if (hasFatal(file)) return
    const guide = validateGuide(draft, file)
    if (guide) file.data.guide = guide
  }
}

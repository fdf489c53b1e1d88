import type {Guide} from '@org/llm-interview-schema'
import type {Element, ElementContent} from 'hast'
import type {Handlers} from './handlers/index.js'
import type {InlineOptions} from './inline.js'
import type {RenderMemo} from './memo.js'
import {pageHref, pagePath, relativePath, type PageTarget} from './paths.js'
import {stringsFor, type Strings} from './strings.js'
import {levelVariant, type LevelVariant} from './variant.js'

/** How to render a page. */
export interface RenderOptions extends Partial<PageTarget>, InlineOptions {
  /**
   * The stylesheet: `{href}` links it (relative to the page); `'inline'`
   * (default) embeds it, for a page that stands alone.
   */
  stylesheet?: {href: string} | 'inline'
  /** Extra content for the page header and footer (e.g. a version switcher). */
  slots?: {header?: ElementContent[]; footer?: ElementContent[]}
  /** Handler overrides, by node kind. */
  handlers?: Partial<Handlers>
  /**
   * A page of the guide's site that is not one of the guide's own pages
   * (a diff, search): its title and `<main>` content, inside the guide's
   * header and footer. Links are relative to `page`/`level` as usual.
   */
  custom?: {title: string; main: Element[]; /** Its folder inside the version, e.g. `search/`. */ path: string}
  /** The page's icon (URL relative to the page); none by default. */
  icon?: string
  /** Module scripts the page loads (URLs relative to the page); they only enhance it. */
  scripts?: string[]
  /**
   * Pieces shared with other pages rendered with the same memo, built and
   * serialized once (see `createRenderMemo`); the output is the same.
   */
  memo?: RenderMemo
}

/** Everything handlers share while rendering one page. */
export interface State {
  guide: Guide
  target: PageTarget
  strings: Strings
  /** The level's variant, on a level's page. */
  variant: LevelVariant | undefined
  /** True in a print document: no screen-only chrome. */
  print: boolean
  handlers: Handlers
  options: RenderOptions
  /** A relative link from this page to another page of the same version. */
  href(to: PageTarget): string
}

export function createState(guide: Guide, options: RenderOptions, handlers: Handlers): State {
  const target: PageTarget = {page: options.page ?? 'guide', ...(options.level ? {level: options.level} : {})}
  return {
    guide,
    target,
    strings: stringsFor(guide.lang),
    variant: target.level ? levelVariant(guide, target.level) : undefined,
    print: target.page === 'print',
    handlers: {...handlers, ...options.handlers},
    options,
    href: (to) => (options.custom ? relativePath(options.custom.path, pagePath(to)) : pageHref(target, to))
  }
}

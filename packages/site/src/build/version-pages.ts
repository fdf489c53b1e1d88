import type {Guide} from '@org/llm-interview-schema'
import {createRenderMemo, pagePath, render, stringsFor, type PageKind, type PageTarget, type RenderOptions} from '@org/llm-interview-renderer'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {indexFile, layout, relative} from './layout.js'
import type {LazyFile} from './site-file.js'
import {searchForm, versionSwitcher, type SwitcherInput} from './switcher.js'

const kinds: PageKind[] = ['guide', 'print', 'runsheet', 'scorecard', 'interview']

/**
 * Item lists every page of a guide repeats (full guide, levels, print,
 * interview), rendered once for all of them and for the versions that share
 * them (an unchanged `guide.md` shares its parse with its release). Keyed
 * weakly by the parsed guides, which nothing changes after parsing.
 */
const memo = createRenderMemo()

/** Every page target of a guide version: each kind, for the full guide and each level. */
export function pageTargets(guide: Guide): PageTarget[] {
  return [undefined, ...guide.levels.map((level) => level.id)].flatMap((level) =>
    kinds.map((page) => (level ? {page, level} : {page}))
  )
}

/** What a version's pages need to know about the other versions of the guide. */
export interface VersionContext {
  versions: string[]
  latest: string
  has: SwitcherInput['has']
  /** The previous version, when this one has a diff page. */
  previous?: string
  /** Whether the build makes PDFs (pages then link to them). */
  pdf: boolean
  /**
   * What the guide's links to repository files become: the site path of the
   * published file, or null (shown as text). Other links are kept.
   */
  links?: Readonly<Record<string, string | null>>
}

/**
 * A guide version's own pages, plus extra pages (`custom`) that share
 * their header, all with the version switcher and the search form; each
 * page is rendered when its `content` is called (an extra's `main` too).
 */
export function versionPages(guide: Guide, context: VersionContext, extra: {dir: string; title: string; main: () => Element[]; scripts?: string[]}[]): LazyFile[] {
  const versionDir = layout.version(guide.id, guide.version)
  const page = (dir: string, target: PageTarget, options: () => Partial<RenderOptions>): LazyFile => ({path: indexFile(`${versionDir}${dir}`), content: () => renderPage(dir, target, options())})
  const renderPage = (dir: string, target: PageTarget, options: Partial<RenderOptions>): string => {
    const here = `${versionDir}${dir}`
    const footer = target.page === 'interview' ? {footer: [debriefLink(guide, here)]} : {}
    const slots = target.page === 'print' ? {} : {header: headerSlots(guide, context, here, dir, target.level), ...footer}
    const links = context.links ?? {}
    const linkHref = (url: string) => {
      const published = Object.hasOwn(links, url) ? links[url] : undefined
      if (published === undefined || published === null) return published
      const cut = published.search(/[?#]/)
      return cut === -1 ? relative(here, published) : relative(here, published.slice(0, cut)) + published.slice(cut)
    }
    return render(guide, {...target, stylesheet: {href: relative(here, layout.stylesheet)}, icon: relative(here, layout.icon), slots, linkHref, memo, ...options})
  }
  return [
    ...pageTargets(guide).map((target) => page(pagePath(target), target, () => ({scripts: pageScripts(target).map((s) => relative(`${versionDir}${pagePath(target)}`, s))}))),
    ...extra.map((e) =>
      page(e.dir, {page: 'guide'}, () => ({custom: {title: e.title, main: e.main(), path: e.dir}, scripts: (e.scripts ?? []).map((s) => relative(`${versionDir}${e.dir}`, s))}))
    )
  ]
}

/** The scripts of a page: interview mode, or on the guide pages the marking of a search result's terms and the table of contents. */
function pageScripts(target: PageTarget): string[] {
  if (target.page === 'interview') return [`${layout.interviewScripts}browser.js`]
  return target.page === 'guide' ? [`${layout.searchScripts}highlight-page.js`, `${layout.readingScripts}browser.js`] : []
}

/** From an interview page to the version's panel debrief, which merges its exports. */
function debriefLink(guide: Guide, here: string): Element {
  return h('p', {className: ['debrief-link']}, h('a', {href: relative(here, layout.debrief(guide.id, guide.version))}, stringsFor(guide.lang).debrief.link))
}

function headerSlots(guide: Guide, context: VersionContext, here: string, dir: string, level: string | undefined): Element[] {
  const strings = stringsFor(guide.lang).site
  return [
    versionSwitcher({
      lang: guide.lang,
      guideId: guide.id,
      versions: context.versions,
      latest: context.latest,
      current: guide.version,
      pagePath: dir,
      has: context.has,
      ...(context.previous ? {diffTo: {from: context.previous, href: relative(here, layout.diff(guide.id, guide.version))}} : {})
    }),
    // The search page has its own form.
    ...(dir === 'search/' ? [] : [searchForm(guide.lang, relative(here, layout.search(guide.id, guide.version)))]),
    ...(context.pdf ? [h('p', {className: ['pdf-link']}, h('a', {href: relative(here, layout.pdf(guide.id, guide.version, level)), type: 'application/pdf'}, strings.pdf))] : [])
  ]
}

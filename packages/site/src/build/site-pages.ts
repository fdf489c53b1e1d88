import {formatDuration, sumDurations, type Duration, type Guide} from '@org/llm-interview-schema'
import {pagePath, stringsFor} from '@org/llm-interview-renderer'
import {h} from 'hastscript'
import type {GuideEntry} from '../content/load.js'
import {indexFile, layout, relative} from './layout.js'
import {shellPage} from './shell.js'
import type {SiteFile} from './site-file.js'
import {pageTargets} from './version-pages.js'

/** The versions of a guide entry, oldest release first and `next` last, and the latest release. */
export function versionsOf(entry: GuideEntry): {guides: Guide[]; latest: Guide} {
  const guides = [...entry.releases, entry.next]
  return {guides, latest: entry.releases.at(-1) ?? entry.next}
}

/** What the home page shows of one version of a guide. */
export interface GuideCard {
  title: string
  version: string
  /** The overview's first paragraph. */
  overview?: string
  duration: Duration
  parts: number
  sections: number
  levels: {id: string; label: string}[]
}

/**
 * What the site-wide pages (home, `versions.json`, 404) need of a guide:
 * small, so a build joining many guides' parts (see `part-record.ts`) never
 * loads their versions.
 */
export interface SiteEntry {
  id: string
  /** The language of `next`. */
  lang: string
  latest: GuideCard
  next: GuideCard
  /** Every version, oldest release first and `next` last. */
  versions: {version: string; title: string; plannedMinutes: Duration}[]
}

/** The language of site-wide pages: the guides' when they all share one, else zh-CN. */
export function siteLang(entries: readonly SiteEntry[]): string {
  const langs = new Set(entries.map((entry) => entry.lang))
  return langs.size === 1 ? [...langs][0]! : 'zh-CN'
}

/**
 * `index.html`: every guide with its title, overview, latest version (or
 * `next` before the first release), levels and interview mode. With `home`
 * `'next'` (the preview) each guide links to `next`, the text being edited.
 */
export function guidesIndex(entries: readonly SiteEntry[], home: 'latest' | 'next' = 'latest'): SiteFile {
  const all = stringsFor(siteLang(entries))
  const strings = all.site
  const main = entries.map((entry) => {
    const latest = home === 'next' ? entry.next : entry.latest
    const latestDir = `${entry.id}/${home}/`
    const overview = latest.overview
    const sections = latest.sections
    const id = `guide-${entry.id}`
    return h('section', {className: ['guide-card'], ariaLabelledBy: id}, [
      h('h2', {id}, h('a', {href: latestDir}, latest.title)),
      ...(overview ? [h('p', {className: ['overview']}, overview)] : []),
      h('ul', {className: ['facts']}, [
        h('li', home === 'next' ? strings.switcher(latest.version) : strings.labelled(strings.latest, strings.versionLabel(latest.version, true))),
        h('li', all.recommendedDuration(formatDuration(latest.duration))),
        h('li', strings.guideSize(latest.parts, sections))
      ]),
      ...(latest.levels.length > 0
        ? [h('p', {className: ['guide-levels']}, [strings.labelled(all.levelPages, ''), ...latest.levels.flatMap((level, i) => [...(i > 0 ? [strings.listSeparator] : []), h('a', {href: `${latestDir}${pagePath({page: 'guide', level: level.id})}`}, level.label)])])]
        : []),
      h('p', [h('a', {href: latestDir}, all.fullGuide), ' · ', h('a', {href: `${latestDir}${pagePath({page: 'interview'})}`}, all.interview.title), ' · ', h('a', {href: `${entry.id}/`}, strings.versions)])
    ])
  })
  main.unshift(h('p', {className: ['site-intro']}, strings.homeIntro))
  return {path: 'index.html', content: shellPage({lang: siteLang(entries), title: strings.guides, description: strings.homeDescription(entries.map((e) => (home === 'next' ? e.next : e.latest).title)), stylesheet: layout.stylesheet, main})}
}

/** `<guide>/index.html`: the guide's versions, their size and links to what changed. */
export function versionList(entry: GuideEntry): SiteFile {
  const {guides, latest} = versionsOf(entry)
  const strings = stringsFor(entry.next.lang).site
  const here = `${entry.id}/`
  const rows = [...guides].reverse().map((guide, index, list) => {
    const previous = list[index + 1]
    const sections = guide.parts.reduce((n, p) => n + p.sections.length, 0)
    return h('tr', [
      h('th', {scope: 'row'}, h('a', {href: relative(here, layout.version(entry.id, guide.version))}, strings.versionLabel(guide.version, guide === latest))),
      h('td', {className: ['num']}, String(sections)),
      h('td', {className: ['num']}, formatDuration(sumDurations(guide.parts.map((p) => p.duration)))),
      h('td', previous ? h('a', {href: relative(here, layout.diff(entry.id, guide.version))}, strings.diffLink(previous.version, guide.version)) : '—')
    ])
  })
  const table = h('table', [
    h('thead', h('tr', [h('th', {scope: 'col'}, strings.columns.version), h('th', {scope: 'col', className: ['num']}, strings.columns.sections), h('th', {scope: 'col', className: ['num']}, strings.columns.minutes), h('th', {scope: 'col'}, strings.columns.changes)])),
    h('tbody', rows)
  ])
  return {
    path: indexFile(here),
    content: shellPage({lang: entry.next.lang, title: `${latest.title} · ${strings.versions}`, description: strings.versionsDescription(latest.title), stylesheet: relative(here, layout.stylesheet), main: [table], homeHref: '../', homeLabel: strings.guides})
  }
}

/**
 * `<guide>/latest/...`: a redirect for every page of the latest version. A
 * script (`assets/redirect/`) goes to the same page keeping the anchor and the
 * query; a meta refresh in `<noscript>` (without them) is the fallback
 * without JavaScript, and the link in the page the last resort.
 */
export function latestRedirects(entry: GuideEntry): SiteFile[] {
  const {latest} = versionsOf(entry)
  const strings = stringsFor(latest.lang).site
  const dirs = ['', ...pageTargets(latest).map(pagePath), 'diff/', 'search/', 'debrief/'].filter((d, i, all) => all.indexOf(d) === i)
  const withDiff = entry.releases.length > 1
  return dirs
    .filter((dir) => dir !== 'diff/' || withDiff)
    .map((dir) => {
      const here = `${entry.id}/latest/${dir}`
      const target = relative(here, `${layout.version(entry.id, latest.version)}${dir}`)
      return {
        path: indexFile(here),
        content: shellPage({
          lang: latest.lang,
          title: latest.title,
          description: strings.redirect(`${latest.version}/${dir}`),
          stylesheet: relative(here, layout.stylesheet),
          // The script keeps the anchor and the query; the meta refresh, only without JavaScript, cannot race it.
          head: [
            h('script', {type: 'module', src: relative(here, `${layout.redirectScripts}browser.js`), dataTarget: target}),
            h('noscript', h('meta', {httpEquiv: 'refresh', content: `0; url=${target}`})),
            h('link', {rel: 'canonical', href: target})
          ],
          main: [h('p', h('a', {href: target}, strings.redirect(`${latest.version}/${dir}`)))]
        })
      }
    })
}

/**
 * `404.html`. A host serves it at whatever URL was missing, where no relative
 * link can be right, so it links no asset (the parts of the stylesheet it
 * uses are embedded, and it has no icon) and its one link, home, is the site
 * URL's path (`basePath`). No inline script finds the root instead: the site
 * ships none.
 */
export function notFoundPage(entries: readonly SiteEntry[], basePath: string, stylesheet: string): SiteFile {
  const css = [cssSection(stylesheet, '', '/* Site chrome'), cssSection(stylesheet, '/* Layout */', '/* Content */')].join('\n')
  const strings = stringsFor(siteLang(entries)).site
  return {
    path: '404.html',
    content: shellPage({
      lang: siteLang(entries),
      title: strings.notFound,
      description: strings.notFoundText,
      stylesheet: {css},
      main: [h('p', strings.notFoundText), h('p', h('a', {href: basePath}, strings.backHome))]
    })
  }
}

/** The stylesheet's text from the comment starting with `from` (or its start) to the one starting with `to`. */
function cssSection(css: string, from: string, to: string): string {
  const start = from ? css.indexOf(from) : 0
  const end = css.indexOf(to, start)
  if (start === -1 || end === -1) throw new Error(`The stylesheet has no section from \`${from}\` to \`${to}\` for the 404 page`)
  return css.slice(start, end).trim()
}

/** `sitemap.xml` of every page of every version (redirects left out). */
export function sitemap(pagePaths: readonly string[], siteUrl: string): SiteFile {
  const base = new URL(siteUrl)
  const baseHref = new URL('./', base).href
  const urls = pagePaths
    .filter((p) => p.endsWith('index.html') && !p.includes('/latest/'))
    .map((p) => `  <url><loc>${escapeXml(pageUrl(p.slice(0, -'index.html'.length), base, baseHref))}</loc></url>`)
  return {
    path: 'sitemap.xml',
    content: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
  }
}

/**
 * The absolute URL of the folder `folder` (a path from the site root), as
 * `new URL(folder, base)` makes it; a site has thousands, so a plain path
 * (no character a URL would escape; no segment starts with a dot) is
 * appended to the base folder's URL instead.
 */
function pageUrl(folder: string, base: URL, baseHref: string): string {
  return /^(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)+$/.test(folder) ? baseHref + folder : new URL(folder, base).href
}

/** `versions.json`: the manifest of guides and versions, for tools. */
export function versionsManifest(entries: readonly SiteEntry[]): SiteFile {
  const manifest = {
    guides: entries.map((entry) => ({
      id: entry.id,
      title: entry.latest.title,
      latest: entry.latest.version,
      versions: entry.versions.map((guide) => ({
        version: guide.version,
        released: guide.version !== 'next',
        title: guide.title,
        path: layout.version(entry.id, guide.version),
        data: `${layout.version(entry.id, guide.version)}guide.json`,
        plannedMinutes: guide.plannedMinutes
      }))
    }))
  }
  return {path: 'versions.json', content: JSON.stringify(manifest, null, 2) + '\n'}
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

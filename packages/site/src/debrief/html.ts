import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Report, ReportTable} from './report.js'

// `llm-interview debrief --format html`: one self-contained page (styles
// inline, no script), laid out as the site's debrief page lays out the same report.

const style = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;line-height:1.6;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}
tr.flagged{background:#fff4e5}tr.flagged th::before{content:"⚠ "}blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #bbb;white-space:pre-wrap}`

/** A report table; flagged rows carry the class `flagged` and say so in words too. */
export function reportTable(t: ReportTable): Element {
  return h('table', [
    h('caption', t.caption),
    h('thead', h('tr', t.head.map((label) => h('th', {scope: 'col'}, label)))),
    h('tbody', t.rows.map((r) => h('tr', {className: r.flagged ? ['flagged'] : []}, [h('th', {scope: 'row'}, r.cells[0]), ...r.cells.slice(1).map((c) => h('td', c))])))
  ])
}

/** The report's body content: headings, both tables and the notes. */
export function reportContent(report: Report): Element[] {
  return [
    h('h1', report.title),
    h('p', report.context),
    h('h2', report.scores.caption),
    reportTable(report.scores),
    h('p', report.flags),
    h('h2', report.recommendations.caption),
    reportTable(report.recommendations),
    ...report.notes.filter((n) => n.items.length > 0).flatMap((n) => [h('h2', n.heading), ...n.items.flatMap((item) => [h('h3', item.label), h('blockquote', item.text)])])
  ]
}

/** The report as a complete HTML document in `lang`. */
export function reportHtml(report: Report, lang: string): string {
  const page = h('html', {lang}, [
    h('head', [h('meta', {charset: 'utf-8'}), h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}), h('title', report.title), h('style', style)]),
    h('body', h('main', reportContent(report)))
  ])
  return `<!doctype html>\n${toHtml(page)}\n`
}

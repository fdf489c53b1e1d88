// The debrief page's script, loaded as a module from `assets/debrief/browser.js`
// beside `merge.js` and `report.js` (which import `../interview/`). The files
// picked are read here and never leave the browser; it never writes HTML strings.
import {fill} from '../interview/export.js'
import {mergeExports} from './merge.js'
import {debriefReport, problemLines, type DebriefText, type Report, type ReportTable} from './report.js'

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  if (text !== undefined) el.textContent = text
  if (className) el.className = className
  return el
}

function table(t: ReportTable): HTMLElement {
  const el = element('table', undefined, 'debrief-table')
  el.createCaption().textContent = t.caption
  const head = el.createTHead().insertRow()
  for (const label of t.head) head.append(Object.assign(element('th', label), {scope: 'col'}))
  const body = el.createTBody()
  for (const row of t.rows) {
    const tr = body.insertRow()
    if (row.flagged) tr.className = 'flagged'
    tr.append(Object.assign(element('th', row.cells[0]), {scope: 'row'}), ...row.cells.slice(1).map((c) => element('td', c)))
  }
  // Wide panels scroll sideways inside the page on a phone, by keyboard too.
  const wrap = Object.assign(element('div', undefined, 'table-scroll'), {tabIndex: 0})
  wrap.setAttribute('role', 'region')
  wrap.setAttribute('aria-label', t.caption)
  wrap.append(el)
  return wrap
}

function show(report: Report): HTMLElement[] {
  // Each table is named by its caption.
  const out: HTMLElement[] = [element('h2', report.title), element('p', report.context, 'meta'), table(report.scores), element('p', report.flags)]
  out.push(table(report.recommendations))
  for (const notes of report.notes.filter((n) => n.items.length > 0)) {
    out.push(element('h3', notes.heading))
    const list = element('dl', undefined, 'debrief-notes')
    for (const item of notes.items) list.append(element('dt', item.label), element('dd', item.text))
    out.push(list)
  }
  return out
}

function start(): void {
  const form = document.getElementById('debrief-form')
  const input = document.getElementById('debrief-files')
  const status = document.getElementById('debrief-status')
  const problems = document.getElementById('debrief-problems')
  const report = document.getElementById('debrief-report')
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !status || !problems || !report) return
  const text = JSON.parse(form.dataset['strings'] ?? '{}') as DebriefText
  const expected = {guide: form.dataset['guide'] ?? '', version: form.dataset['version'] ?? ''}
  form.addEventListener('submit', (event) => event.preventDefault())
  input.addEventListener('change', async () => {
    const files = await Promise.all([...(input.files ?? [])].map(async (file) => ({name: file.name, text: await file.text()})))
    problems.replaceChildren()
    problems.hidden = true
    report.replaceChildren()
    if (files.length < 2) {
      status.textContent = text.needTwo
      return
    }
    const result = mergeExports(files, expected)
    if (!result.ok) {
      status.textContent = text.refused
      problems.replaceChildren(...problemLines(result.problems, text).map((line) => element('li', line)))
      problems.hidden = false
      return
    }
    status.textContent = fill(text.merged, {n: files.length})
    report.replaceChildren(...show(debriefReport(result.debrief, text)))
  })
}

start()

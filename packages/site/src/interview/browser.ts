// The interview page's script, loaded as a module from `assets/interview/browser.js`.
// It reveals the clock and session controls, saves the form in localStorage as
// the interviewer types, and exports or prints it. Nothing leaves the browser.
import {findInterview, fillForm, readForm, type InterviewDom} from './dom.js'
import {exportName, fill, toJson, toMarkdown} from './export.js'
import {importInterview} from './import.js'
import {defaultLabel, emptyRecord, hasContent, lastLabelKey, normalizeLabel, parseRecord, savedLabels, storageKey, type InterviewRecord} from './record.js'
import {nextSection, pauseTimer, startTimer, type TimerState} from './timing.js'
import {setText, show} from './view.js'

function store(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

function start(dom: InterviewDom): void {
  const {sheet, text, get} = dom
  const storage = store()
  const keys = () => (storage ? Array.from({length: storage.length}, (_, i) => storage.key(i) ?? '') : [])
  const status = get('status')
  const labels = savedLabels(keys(), dom.page)
  const last = storage?.getItem(lastLabelKey(dom.page)) ?? ''
  let record = load(labels.includes(last) ? last : (labels[0] ?? defaultLabel(labels, text.defaultLabel)))
  let listed = ''
  const update = () => show(dom, record, Date.now())

  function load(label: string): InterviewRecord {
    return parseRecord(storage?.getItem(storageKey(dom.page, label)) ?? null, label) ?? emptyRecord(label, Date.now())
  }

  function save(): void {
    record = {...record, ...readForm(dom), updated: Date.now()}
    const key = storageKey(dom.page, record.label)
    if (!hasContent(record) && storage?.getItem(key) == null) return
    try {
      if (!storage) throw new Error('no localStorage')
      storage.setItem(key, JSON.stringify(record))
      storage.setItem(lastLabelKey(dom.page), record.label)
      setText(status, fill(text.saved, {label: record.label}))
    } catch {
      setText(status, text.storageError)
    }
    listSaved()
  }

  function listSaved(): void {
    const select = get<HTMLSelectElement>('saved')
    const all = [...new Set([...savedLabels(keys(), dom.page), record.label])].sort()
    if (listed === `${record.label}\n${all.join('\n')}`) return
    listed = `${record.label}\n${all.join('\n')}`
    select.replaceChildren(...all.map((label) => new Option(label, label, false, label === record.label)))
  }

  function open(label: string): void {
    record = load(label)
    fillForm(dom, record)
    get<HTMLInputElement>('label').value = label
    if (storage?.getItem(storageKey(dom.page, label)) != null) storage.setItem(lastLabelKey(dom.page), label)
    listSaved()
    setText(status, fill(text.opened, {label}))
    update()
  }

  function setTimer(timer: TimerState): void {
    record = {...record, timer}
    save()
    update()
  }

  function download(name: string, content: string, type: string): void {
    const url = URL.createObjectURL(new Blob([content], {type}))
    const link = Object.assign(document.createElement('a'), {href: url, download: name})
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    setText(status, fill(text.exported, {file: name}))
  }

  const confirmClear = (show: boolean) => {
    get('clear-confirm').hidden = !show
    get('clear-cancel').hidden = !show
    get(show ? 'clear-confirm' : 'clear').focus()
  }

  // Laid out from the start (see the stylesheet): shown, they move nothing.
  for (const el of dom.root.querySelectorAll<HTMLElement>('.needs-script')) el.classList.remove('needs-script')
  const onEdit = (event: Event) => {
    if (!(event.target instanceof Element) || event.target.closest('#interview-controls')) return
    save()
    update()
  }
  dom.root.addEventListener('input', onEdit)
  dom.root.addEventListener('change', onEdit)
  get('start').addEventListener('click', () => setTimer(startTimer(record.timer, sheet.sections, Date.now())))
  get('pause').addEventListener('click', () => setTimer(pauseTimer(record.timer, Date.now())))
  get('next').addEventListener('click', () => setTimer(nextSection(record.timer, sheet.sections, Date.now())))
  for (const [id, el] of dom.sections) {
    el.querySelector('.time-section')?.addEventListener('click', () => {
      const running = record.timer.since !== null && record.timer.current === id
      setTimer(running ? pauseTimer(record.timer, Date.now()) : startTimer(record.timer, sheet.sections, Date.now(), id))
    })
  }
  const openTyped = () => {
    const label = normalizeLabel(get<HTMLInputElement>('label').value)
    if (label && label !== record.label) open(label)
  }
  get('open').addEventListener('click', openTyped)
  get('label').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') openTyped()
  })
  get('saved').addEventListener('change', () => open(get<HTMLSelectElement>('saved').value))
  get('clear').addEventListener('click', () => confirmClear(true))
  get('clear-cancel').addEventListener('click', () => confirmClear(false))
  get('clear-confirm').addEventListener('click', () => {
    storage?.removeItem(storageKey(dom.page, record.label))
    record = emptyRecord(record.label, Date.now())
    fillForm(dom, record)
    confirmClear(false)
    listSaved()
    update()
    setText(status, fill(text.cleared, {label: record.label}))
  })
  get('export-md').addEventListener('click', () => download(exportName(sheet, record.label, 'md'), toMarkdown(sheet, record, text, Date.now()), 'text/markdown;charset=utf-8'))
  get('export-json').addEventListener('click', () => download(exportName(sheet, record.label, 'json'), toJson(sheet, record, Date.now()), 'application/json'))
  // The stylesheet prints only the scorecard while `print-scorecard` is set.
  get('print').addEventListener('click', () => {
    const root = document.documentElement
    root.classList.add('print-scorecard')
    window.addEventListener('afterprint', () => root.classList.remove('print-scorecard'), {once: true})
    window.print()
  })
  const picker = get<HTMLInputElement>('import-file')
  get('import').addEventListener('click', () => picker.click())
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0]
    picker.value = ''
    if (!file) return
    const result = importInterview(dom.page, file.name, await file.text(), text, savedLabels(keys(), dom.page), Date.now())
    if (!result.ok) {
      setText(status, result.message)
      return
    }
    record = result.record
    fillForm(dom, record)
    get<HTMLInputElement>('label').value = record.label
    save()
    update()
    setText(status, result.message)
  })
  keepClear(get('clock'))

  fillForm(dom, record)
  get<HTMLInputElement>('label').value = record.label
  listSaved()
  update()
  setInterval(update, 1000)
}

/**
 * Scrolled-to and focused content stays below the sticky clock, whose height
 * changes with the screen's width and its text: the stylesheet's
 * `scroll-padding-top` follows `--interview-clock-height`. The target of the
 * address's fragment is scrolled to again once the clock shows.
 */
function keepClear(clock: HTMLElement): void {
  const root = document.documentElement
  const measure = () => root.style.setProperty('--interview-clock-height', `${Math.ceil(clock.getBoundingClientRect().height)}px`)
  measure()
  new ResizeObserver(measure).observe(clock)
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null
  target?.scrollIntoView()
}

const dom = findInterview()
if (dom) start(dom)

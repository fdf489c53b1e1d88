// The interview page's DOM: its description and controls, found by id and
// `data-*` attributes the renderer writes, and its form state read and set.
import type {InterviewText, Sheet} from './export.js'
import type {InterviewPage, InterviewRecord} from './record.js'

export interface InterviewDom {
  root: HTMLElement
  page: InterviewPage
  sheet: Sheet
  text: InterviewText
  /** Controls by id, without the `interview-` prefix (`label`, `start`, `export-md`, ...). */
  get<T extends HTMLElement = HTMLElement>(name: string): T
  /** Each planned section's element, by section id. */
  sections: Map<string, HTMLElement>
}

const labelOf = (input: HTMLInputElement) => input.labels?.[0]?.textContent?.trim() ?? input.value

/** The interview page, or undefined on any other page. */
export function findInterview(): InterviewDom | undefined {
  const root = document.getElementById('interview')
  const strings = root?.dataset['strings']
  if (!root || !strings) return undefined
  const data = root.dataset
  const sections = new Map([...root.querySelectorAll<HTMLElement>('section[data-section]')].map((el) => [el.dataset['section'] ?? '', el]))
  const sheet: Sheet = {
    guide: data['guide'] ?? '',
    version: data['version'] ?? '',
    level: data['level'] ?? '',
    levelLabel: data['levelLabel'] ?? '',
    context: data['context'] ?? '',
    fields: [...root.querySelectorAll<HTMLInputElement>('.interview-fields input[name]')].map((input) => ({name: input.name, label: labelOf(input)})),
    sections: [...sections].map(([id, el]) => ({
      id,
      title: el.dataset['title'] ?? '',
      minutes: Number(el.dataset['minutes']) || 0,
      topics: [...el.querySelectorAll<HTMLInputElement>('input[name="topic"]')].map((input) => ({id: input.value, text: labelOf(input)}))
    })),
    criteria: [...root.querySelectorAll<HTMLElement>('fieldset[data-criterion]')].map((el) => ({
      id: el.dataset['criterion'] ?? '',
      title: el.dataset['title'] ?? '',
      weight: Number(el.dataset['weight']) || 0
    }))
  }
  const get = <T extends HTMLElement>(name: string) => {
    const element = document.getElementById(`interview-${name}`)
    if (!element) throw new Error(`The interview page has no #interview-${name}`)
    return element as T
  }
  return {root, page: {guide: sheet.guide, version: sheet.version, level: sheet.level}, sheet, text: JSON.parse(strings) as InterviewText, get, sections}
}

function inputs(root: ParentNode, selector: string): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>(selector)]
}

/** The form's content as a record (the timer and label are the caller's). */
export function readForm(dom: InterviewDom): Pick<InterviewRecord, 'fields' | 'topics' | 'notes' | 'scores' | 'recommendation' | 'overall'> {
  const {root} = dom
  const scores: Record<string, number> = {}
  for (const criterion of dom.sheet.criteria) {
    const value = root.querySelector<HTMLInputElement>(`fieldset[data-criterion="${CSS.escape(criterion.id)}"] input:checked`)?.value
    if (value) scores[criterion.id] = Number(value)
  }
  return {
    fields: Object.fromEntries(inputs(root, '.interview-fields input[name]').map((input) => [input.name, input.value])),
    topics: inputs(root, 'input[name="topic"]:checked').map((input) => input.value),
    notes: Object.fromEntries([...dom.sections].map(([id, el]) => [id, el.querySelector('textarea')?.value ?? ''])),
    scores,
    recommendation: inputs(root, 'input[name="recommendation"]:checked')[0]?.value ?? '',
    overall: dom.get<HTMLTextAreaElement>('overall').value
  }
}

/** Puts a record into the form. */
export function fillForm(dom: InterviewDom, record: InterviewRecord): void {
  const {root} = dom
  for (const input of inputs(root, '.interview-fields input[name]')) input.value = record.fields[input.name] ?? ''
  for (const input of inputs(root, 'input[name="topic"]')) input.checked = record.topics.includes(input.value)
  for (const [id, el] of dom.sections) {
    const notes = el.querySelector('textarea')
    if (notes) notes.value = record.notes[id] ?? ''
  }
  for (const criterion of dom.sheet.criteria) {
    const score = String(record.scores[criterion.id] ?? '')
    for (const input of inputs(root, `fieldset[data-criterion="${CSS.escape(criterion.id)}"] input[type="radio"]`)) input.checked = input.value === score
  }
  for (const input of inputs(root, 'input[name="recommendation"]')) input.checked = input.value === record.recommendation
  dom.get<HTMLTextAreaElement>('overall').value = record.overall
}

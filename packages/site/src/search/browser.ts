// The search page's script, loaded as a module from `assets/search/browser.js`
// beside `engine.js`. The page works without it (it then only shows the
// <noscript> pointer to the table of contents); it never writes HTML strings.
import {createIndex, search, type SearchDocument, type SearchIndex, type SearchResult} from './engine.js'

/** Milliseconds of quiet typing before a search runs. */
const debounceMs = 150

interface SearchPage {
  form: HTMLFormElement
  input: HTMLInputElement
  status: HTMLElement
  results: HTMLOListElement
}

function findPage(): SearchPage | undefined {
  const form = document.getElementById('search-form')
  const input = document.getElementById('search-input')
  const status = document.getElementById('search-status')
  const results = document.getElementById('search-results')
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement)) return undefined
  if (!(status instanceof HTMLElement) || !(results instanceof HTMLOListElement)) return undefined
  return {form, input, status, results}
}

/** Fetches `search-index.json` and builds the index from its documents. */
async function loadIndex(url: URL): Promise<SearchIndex> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`)
  const file = (await response.json()) as {documents?: unknown}
  if (!Array.isArray(file.documents)) throw new Error(`${url.href}: no documents`)
  return createIndex(file.documents as SearchDocument[])
}

/** `text` as text nodes, with the `marks` ranges in `<mark>` elements. */
function marked(text: string, marks: readonly [number, number][]): Node[] {
  const nodes: Node[] = []
  let at = 0
  for (const [start, end] of marks) {
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)))
    nodes.push(Object.assign(document.createElement('mark'), {textContent: text.slice(start, end)}))
    at = end
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)))
  return nodes
}

function render(page: SearchPage, query: string, results: SearchResult[], base: URL): void {
  const {dataset} = page.form
  const items = results.map((result) => {
    const link = document.createElement('a')
    // Document links are relative to the version folder, where the index file lives;
    // `hl` asks the guide page to mark the query's terms where the link lands.
    const href = new URL(result.href, base)
    href.searchParams.set('hl', query.trim())
    link.href = href.href
    link.textContent = result.title
    const snippet = document.createElement('p')
    snippet.append(...marked(result.snippet, result.marks))
    const item = document.createElement('li')
    item.append(link, snippet)
    return item
  })
  page.results.replaceChildren(...items)
  if (query.trim() === '') page.status.textContent = ''
  else if (results.length === 0) page.status.textContent = (dataset['noResults'] ?? '').replace('{q}', query.trim())
  else page.status.textContent = (dataset['resultCount'] ?? '').replace('{n}', String(results.length))
}

/** Keeps `?q=` in the address, so a search can be shared or reloaded. */
function remember(query: string): void {
  const url = new URL(location.href)
  if (query.trim() === '') url.searchParams.delete('q')
  else url.searchParams.set('q', query)
  history.replaceState(history.state, '', url)
}

async function start(): Promise<void> {
  const page = findPage()
  if (!page) return
  const base = new URL(page.form.dataset['index'] ?? 'search-index.json', location.href)
  page.input.value = new URL(location.href).searchParams.get('q') ?? ''
  page.status.textContent = page.form.dataset['loading'] ?? ''
  let index: SearchIndex
  try {
    index = await loadIndex(base)
  } catch (error) {
    page.status.textContent = page.form.dataset['loadError'] ?? ''
    console.error(error)
    return
  }
  const run = () => {
    const query = page.input.value
    render(page, query, search(index, query), base)
    remember(query)
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  page.input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, debounceMs)
  })
  page.form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    run()
  })
  // The reader may have typed while the index loaded.
  if (page.input.value !== '') run()
  else page.status.textContent = ''
}

void start()

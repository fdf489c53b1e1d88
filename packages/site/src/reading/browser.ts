// The guide and level pages' table of contents, loaded as a module from
// `assets/reading/browser.js`. Without it the contents stay open (a
// `<details open>`) and unmarked; with it they fold on narrow screens and
// the entry of the section being read carries `aria-current="location"`.
const wide = window.matchMedia('(min-width: 64rem)')
const details = document.querySelector<HTMLDetailsElement>('.toc-details')

function fit(): void {
  if (details) details.open = wide.matches
}

/** The TOC links by the id of the element they point at. */
function tocLinks(): Map<string, HTMLAnchorElement> {
  const links = new Map<string, HTMLAnchorElement>()
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) {
    links.set(decodeURIComponent(link.hash.slice(1)), link)
  }
  return links
}

function markCurrent(links: Map<string, HTMLAnchorElement>): void {
  const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null)
  // Sections nest inside parts: the innermost one in view wins.
  const visible = new Set<Element>()
  const update = () => {
    const current = targets.filter((el) => visible.has(el)).at(-1)
    for (const [id, link] of links) {
      if (current && id === current.id) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    }
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target)
        else visible.delete(entry.target)
      }
      update()
    },
    // A band near the top of the window: what the reader has just scrolled to.
    {rootMargin: '0px 0px -70% 0px'}
  )
  for (const target of targets) observer.observe(target)
}

if (details) {
  fit()
  wide.addEventListener('change', fit)
  // Following a link of the folded contents folds them again.
  details.addEventListener('click', (event) => {
    if (!wide.matches && event.target instanceof HTMLAnchorElement) details.open = false
  })
  // Beside the content the contents stay open (the summary is not clickable there; a key could still fold them).
  details.addEventListener('toggle', () => {
    if (wide.matches && !details.open) details.open = true
  })
  if ('IntersectionObserver' in window) markCurrent(tocLinks())
}

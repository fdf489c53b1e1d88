import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/** A rendered page as a list of its elements, in document order. */
export interface Page {
  elements: Element[]
  /** Every `id` on the page (repeats included). */
  ids: string[]
}

/** A heading as a reader sees it: level, text, and the parts of it set apart. */
export interface Heading {
  level: number
  /** The `id` of the section that the heading opens. */
  anchor: string
  /** Its text without the minutes and the role. */
  text: string
  /** The number(s) of the minutes span: `15` or `5-10`. */
  minutes?: string
  /** `core`, `optional` or `skip` from the role span's class. */
  role?: string
}

export function parsePage(html: string): Page {
  const elements: Element[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') elements.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromHtml(html))
  return {elements, ids: elements.flatMap((e) => (typeof e.properties.id === 'string' ? [e.properties.id] : []))}
}

export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

export function classesOf(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

/** Descendant elements of `element` (not itself) that match `test`. */
export function within(element: Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = []
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (test(child)) found.push(child)
      walk(child)
    }
  }
  walk(element)
  return found
}

export const byTag = (tagName: string) => (e: Element) => e.tagName === tagName
export const byClass = (name: string) => (e: Element) => classesOf(e).includes(name)

/** The role (`core` …) named by a `role-*` class of `element`, if any. */
export function roleOf(element: Element): string | undefined {
  return classesOf(element).find((c) => c.startsWith('role-'))?.slice('role-'.length)
}

/** The heading that opens `section` (its first h1-h6 child). */
export function headingOf(section: Element): Heading | undefined {
  const heading = section.children.find((c): c is Element => c.type === 'element' && /^h[1-6]$/.test(c.tagName))
  if (!heading) return undefined
  const minutes = within(heading, byClass('minutes'))[0]
  const role = within(heading, byClass('role'))[0]
  const text = heading.children
    .filter((c) => c !== minutes && c !== role)
    .map(textOf)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  return {
    level: Number(heading.tagName.slice(1)),
    anchor: String(section.properties.id),
    text,
    ...(minutes ? {minutes: /\d+(?:-\d+)?/.exec(textOf(minutes))?.[0] ?? textOf(minutes)} : {}),
    ...(role ? {role: roleOf(role)} : {})
  }
}

/** The rows of the table bodies inside `container`: each row's role class and its cells. */
export function bodyRows(container: Element): {role: string | undefined; cells: Element[]}[] {
  return within(container, byTag('tbody')).flatMap((tbody) =>
    within(tbody, byTag('tr')).map((tr) => ({role: roleOf(tr), cells: within(tr, (e) => e.tagName === 'td' || e.tagName === 'th')}))
  )
}

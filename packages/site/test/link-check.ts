import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/** Every HTML file under `root`, relative to it. */
export function htmlFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), {withFileTypes: true}).flatMap((entry) => {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(root, rel)
    return entry.name.endsWith('.html') ? [rel] : []
  })
}

function elements(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node)
  if ('children' in node) for (const child of node.children) elements(child, found)
  return found
}

const elementCache = new Map<string, Element[]>()

/** The elements of an HTML file, parsed once per check (a page is read as a source and as a target). */
function elementsOf(file: string): Element[] {
  let found = elementCache.get(file)
  if (!found) {
    found = elements(fromHtml(readFileSync(file, 'utf8')))
    elementCache.set(file, found)
  }
  return found
}

const idCache = new Map<string, Set<string>>()

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file)
  if (!ids) {
    ids = new Set(elementsOf(file).map((e) => String(e.properties.id ?? '')).filter(Boolean))
    idCache.set(file, ids)
  }
  return ids
}

/**
 * Checks every internal `href` and `src` of every page under `root`: the
 * target file exists (a folder means its `index.html`) and its `#anchor`
 * is an id in the target page. Root-relative links must start with the
 * site's `basePath`. Returns the broken links.
 */
export function brokenLinks(root: string, basePath = '/'): string[] {
  idCache.clear()
  elementCache.clear()
  const broken: string[] = []
  for (const page of htmlFiles(root)) {
    const pageFile = path.join(root, page)
    for (const element of elementsOf(pageFile)) {
      for (const attribute of ['href', 'src', 'action']) {
        const value = element.properties[attribute]
        if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue
        const [target = '', anchor] = value.split('#')
        if (target.startsWith('/') && !target.startsWith(basePath)) {
          broken.push(`${page}: ${value} (outside ${basePath})`)
          continue
        }
        // A browser requests the decoded path (`%E7%AC%94.md` is `笔.md` on disk).
        const decoded = safeDecode(target)
        const resolved =
          decoded === '' ? pageFile : decoded.startsWith('/') ? path.join(root, decoded.slice(basePath.length)) : path.resolve(path.dirname(pageFile), decoded)
        const file = statSync(resolved, {throwIfNoEntry: false})?.isDirectory() ? path.join(resolved, 'index.html') : resolved
        if (!statSync(file, {throwIfNoEntry: false})?.isFile()) broken.push(`${page}: ${value} (no file)`)
        else if (anchor && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(anchor))) broken.push(`${page}: ${value} (no #${anchor})`)
      }
    }
  }
  return broken
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

import type {Link, Root} from 'mdast'
import type {VFile} from 'vfile'
import {report} from '../report.js'
import {walk} from '../walk.js'

/**
 * Warns about relative links whose target does not exist, as `linkExists`
 * says. Without `linkExists` (a parser has no file system of its own),
 * nothing is checked; the links stay in the guide as written.
 */
export function checkRelativeLinks(tree: Root, file: VFile, linkExists: ((target: string) => boolean) | undefined): void {
  if (!linkExists) return
  walk(tree, (node) => {
    if (node.type !== 'link') return
    const {url, position} = node as Link
    const target = relativeLinkTarget(url)
    if (target === undefined || linkExists(target)) return
    report(file, {
      message: 'link-target',
      severity: 'warning',
      params: {url},
      place: position
    })
  })
}

/**
 * The file path of a relative link (`../notes/x.md#part` gives
 * `../notes/x.md`), percent-decoded; undefined for links with a scheme,
 * fragment-only links (`#1.1`) and paths from the site root (`/x`).
 */
export function relativeLinkTarget(url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('/') || url.startsWith('\\')) return undefined
  const path = url.replace(/[?#].*$/s, '')
  if (path === '') return undefined
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** The kinds of page rendered for a guide version. */
export type PageKind = 'guide' | 'print' | 'runsheet' | 'scorecard' | 'interview'

/** A page of a guide version: the full guide or a level's, of one kind. */
export interface PageTarget {
  page: PageKind
  /** Level id for a level's page; absent for the full guide. */
  level?: string
}

/**
 * Where a page lives, relative to its version's folder, as a directory
 * path: `''` (the guide), `foundation/`, `runsheet/`, `foundation/print/`,
 * `foundation/interview/`.
 * Level ids never collide with page names (see `reservedLevelIds`).
 */
export function pagePath(target: PageTarget): string {
  const level = target.level ? `${target.level}/` : ''
  return target.page === 'guide' ? level : `${level}${target.page}/`
}

/** A relative link from the page `from` to the page `to`. */
export function pageHref(from: PageTarget, to: PageTarget): string {
  return relativePath(pagePath(from), pagePath(to))
}

/**
 * The shortest relative URL from directory `from` to `to`, both directory
 * paths from the same root (`a/b/` to `a/c/` gives `../c/`).
 */
export function relativePath(from: string, to: string): string {
  const source = from.split('/').filter(Boolean)
  const target = to.split('/')
  let common = 0
  while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++
  return '../'.repeat(source.length - common) + target.slice(common).join('/') || './'
}

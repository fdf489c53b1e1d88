import type {Guide} from '../guide.js'
import {unsafeScheme} from '../url.js'
import type {GuideIssue, GuidePath} from './issue.js'

/** Every link, wherever its inline content sits, has a safe target (see `unsafeScheme`). */
export function checkLinks(guide: Guide): GuideIssue[] {
  const issues: GuideIssue[] = []
  const walk = (node: unknown, path: GuidePath): void => {
    if (Array.isArray(node)) return node.forEach((child, index) => walk(child, [...path, index]))
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (record.type === 'link' && typeof record.url === 'string') {
      const scheme = unsafeScheme(record.url)
      if (scheme !== undefined) issues.push({path: [...path, 'url'], ruleId: 'unsafe-url', message: `Unexpected link to a \`${scheme}:\` URL, expected an http(s), mailto, relative or fragment URL`})
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'position') walk(child, [...path, key])
  }
  walk(guide, [])
  return issues
}

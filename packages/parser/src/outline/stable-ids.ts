import type {Criterion, Group, Item, Part} from '@org/llm-interview-schema'

/**
 * Content-derived IDs. The parser first numbers groups and items by their
 * place; this pass replaces those numbers by keys of their text, so that an
 * insertion, a deletion or a move elsewhere in a section leaves every other
 * ID as it was. The rule (documented in the schema's README):
 *
 * - a section's item: `<section id>-<key>`, where the key digests the
 *   item's own text (and code), and, for a nested item, its parent's ID;
 * - a section's group: `<section id>-g-<key of its title>`, and
 *   `<section id>-g0` for the items before its first `####`;
 * - a rubric criterion: `rubric-<key of its title>`; a tip or reference
 *   category: `tips-<key>` / `references-<key>` (`references-0` for the
 *   uncategorised links); their items: `<criterion or group id>-<key>`.
 *
 * Equal keys within one scope (a section, a criterion, a group) are told
 * apart in document order: the second gets `-2`, the third `-3`.
 */
export function assignStableIds(outline: {parts: Part[]; rubric: Criterion[]; tips: Group[]; references: Group[]}): void {
  for (const part of outline.parts) {
    for (const section of part.sections) {
      const groups = new Scope()
      const items = new Scope()
      for (const group of section.groups) {
        group.id = group.title === undefined ? `${section.id}-g0` : groups.take(`${section.id}-g-${contentKey(group.title)}`)
        renameItems(group.items, section.id, items, undefined)
      }
    }
  }
  const criteria = new Scope()
  for (const criterion of outline.rubric) {
    criterion.id = criteria.take(`rubric-${contentKey(criterion.title)}`)
    renameItems(criterion.points, criterion.id, new Scope(), undefined)
  }
  for (const [prefix, groups] of [['tips', outline.tips], ['references', outline.references]] as const) {
    const scope = new Scope()
    for (const group of groups) {
      group.id = group.title === undefined ? `${prefix}-0` : scope.take(`${prefix}-${contentKey(group.title)}`)
      renameItems(group.items, group.id, new Scope(), undefined)
    }
  }
}

/** IDs taken in one scope; a taken ID gets the next free `-<n>` suffix. */
class Scope {
  private readonly taken = new Set<string>()
  /** The suffix to try next for each ID asked for, so many equal keys stay linear. */
  private readonly next = new Map<string, number>()

  take(id: string): string {
    let unique = id
    let n = this.next.get(id) ?? 2
    while (this.taken.has(unique)) unique = `${id}-${n++}`
    this.next.set(id, n)
    this.taken.add(unique)
    return unique
  }
}

function renameItems(items: Item[], prefix: string, scope: Scope, parent: string | undefined): void {
  for (const item of items) {
    const own = [item.text, item.code ? `${item.code.lang ?? ''}\n${item.code.value}` : ''].join('\u0000')
    item.id = scope.take(`${prefix}-${contentKey(parent === undefined ? own : `${parent}\u0001${own}`)}`)
    renameItems(item.items, prefix, scope, item.id)
  }
}

const encoder = new TextEncoder()

/**
 * Seven base-36 characters digesting `text` (NFC, runs of whitespace as one
 * space, trimmed): 32-bit FNV-1a over its UTF-8 bytes. Plain arithmetic, so
 * the parser needs no `node:crypto` and gives the same IDs everywhere.
 */
export function contentKey(text: string): string {
  const bytes = encoder.encode(text.normalize('NFC').replace(/\s+/gu, ' ').trim())
  let hash = 0x811c9dc5
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash.toString(36).padStart(7, '0')
}

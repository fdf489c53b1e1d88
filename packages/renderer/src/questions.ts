import type {Item, Section} from '@org/llm-interview-schema'

/** How many items of a section (nested ones included) are questions to ask as written. */
export function questionCount(section: Section): number {
  const count = (items: readonly Item[]): number => items.reduce((n, item) => n + (item.kind === 'question' ? 1 : 0) + count(item.items), 0)
  return section.groups.reduce((n, group) => n + count(group.items), 0)
}

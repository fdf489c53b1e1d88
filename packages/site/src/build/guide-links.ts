import type {Group, Guide, Inline, Item, Position, RichText} from '@org/llm-interview-schema'

/** A link of a guide's text and where it was written (its paragraph, item or heading). */
export interface GuideLink {
  url: string
  position: Position | undefined
}

/**
 * Whether a URL points into the repository: not a scheme (`https:`,
 * `mailto:`), not a fragment of the page (`#x`), not protocol-relative.
 */
export function isRepositoryLink(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#') && !url.startsWith('//') && /^[^?#]/.test(url)
}

/** Every link of the guide's text that points into the repository, in page order. */
export function repositoryLinks(guide: Guide): GuideLink[] {
  const found: GuideLink[] = []
  const fromInlines = (inlines: readonly Inline[], position: Position | undefined) => {
    for (const node of inlines) {
      if (node.type === 'link' && isRepositoryLink(node.url)) found.push({url: node.url, position})
      if ('children' in node) fromInlines(node.children, position)
    }
  }
  const fromText = (text: RichText) => fromInlines(text.inlines, text.position)
  const fromItems = (items: readonly Item[]) => {
    for (const item of items) {
      fromInlines(item.inlines, item.position)
      fromItems(item.items)
    }
  }
  // A heading's links sit where the heading was written.
  const fromTitle = (node: {titleInlines?: Inline[] | undefined; position?: Position | undefined}) => fromInlines(node.titleInlines ?? [], node.position)
  const fromGroups = (groups: readonly Group[]) =>
    groups.forEach((group) => {
      fromTitle(group)
      fromItems(group.items)
    })
  guide.overview?.paragraphs.forEach(fromText)
  for (const part of guide.parts) {
    fromTitle(part)
    for (const section of part.sections) {
      fromTitle(section)
      fromText(section.objective)
      fromGroups(section.groups)
    }
  }
  guide.rubric.forEach((criterion) => fromItems(criterion.points))
  guide.levels.forEach((level) => fromText(level.focus))
  fromGroups(guide.tips)
  fromGroups(guide.references)
  guide.closing.forEach(fromText)
  return found
}

import type {Guide, Item} from '@org/llm-interview-schema'
import type {Nodes} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

/** Every heading, paragraph and list item of a Markdown source, as `<type>@<line>`. */
export function sourceNodes(source: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(source)
  const nodes: string[] = []
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'listItem') {
      nodes.push(`${node.type}@${node.position!.start.line}`)
    }
  })
  return nodes
}

/** Every node of the guide JSON that has a position, as `<type>@<line>` of the kind of source node it stands for. */
export function keptNodes(guide: Guide): Set<string> {
  const kept = new Set<string>()
  const add = (type: string, node: {position?: {start: {line: number}}} | undefined) => {
    if (node?.position) kept.add(`${type}@${node.position.start.line}`)
  }
  const addItems = (items: readonly Item[]) => {
    for (const item of items) {
      add('listItem', item)
      // A list item's first paragraph is its text.
      if (item.text) kept.add(`paragraph@${item.position!.start.line}`)
      addItems(item.items)
    }
  }
  add('heading', guide)
  add('heading', guide.overview)
  guide.overview?.paragraphs.forEach((p) => add('paragraph', p))
  for (const part of guide.parts) {
    add('heading', part)
    for (const section of part.sections) {
      add('heading', section)
      add('paragraph', section.objective)
      for (const group of section.groups) {
        add('heading', group)
        addItems(group.items)
      }
    }
  }
  for (const criterion of guide.rubric) {
    add('heading', criterion)
    addItems(criterion.points)
  }
  for (const heading of Object.values(guide.headings)) add('heading', heading)
  for (const group of [...guide.tips, ...guide.references]) {
    add('heading', group)
    addItems(group.items)
  }
  for (const level of guide.levels) {
    add('listItem', level.focus)
    add('paragraph', level.focus)
  }
  guide.closing.forEach((p) => add('paragraph', p))
  return kept
}

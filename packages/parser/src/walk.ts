import type {Node, Parent} from 'unist'

/**
 * Calls `enter` on every node of the tree in document order. A plain,
 * iterative walk: unist-util-visit keeps an ancestors array per node, which
 * costs a lot of garbage on large guides, and these passes need no
 * ancestors; iteration keeps deep trees off the call stack.
 */
export function walk(tree: Node, enter: (node: Node) => void): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    enter(node)
    const children = (node as Parent).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
}

import type {Heading, Root} from 'mdast'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../report.js'
import {walk} from '../walk.js'

/** Reports headings that skip a level (`##` followed by `####`). */
export function checkHeadingOrder(tree: Root, file: VFile): void {
  let previous = 0
  walk(tree, (found: Node) => {
    if (found.type !== 'heading') return
    const node = found as Heading
    // Before the first heading, the missing title is the `title` rule's to report.
    if (previous > 0 && node.depth > previous + 1) {
      report(file, {
        message: 'heading-order',
        params: {depth: node.depth, previous},
        place: node.position
      })
    }
    previous = node.depth
  })
}

import type {Nodes} from 'mdast'
import type {VFile} from 'vfile'
import {clip} from './inlines.js'
import type {UnexpectedContext} from './messages/content.js'
import type {NodeParams} from './messages/describe.js'
import {report} from './report.js'

/** A Markdown node as message values (see messages/describe.ts). */
export function describeNode(node: Nodes): NodeParams {
  if (node.type === 'heading') return {node: 'heading', depth: node.depth}
  if (node.type === 'html') return {node: 'html', html: clip(node.value)}
  return {node: node.type}
}

/**
 * Reports content the model has no place for, so nothing is dropped silently.
 * `context` names where it was found (see messages/content.ts), with the
 * values its text needs (`where` and `title` for the `items` context).
 */
export function reportUnexpected(node: Nodes, file: VFile, context: UnexpectedContext, params: {where?: string; title?: string} = {}): void {
  const values = {...params, ...describeNode(node)}
  const place = node.position
  if (node.type === 'html') report(file, {message: `no-html/${context}`, params: values, place})
  else report(file, {message: `unexpected-content/${context}`, params: values, place})
}

import type {Element, Nodes, Parents, Properties} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {find, html, type Info} from 'property-information'

/**
 * `toHtml(tree)` (hast-util-to-html with its default options) for the HTML
 * the renderer makes, as one string without the general serializer's work
 * per node and per attribute (a page has thousands of attributes, and
 * serializing was most of a build's rendering). The same bytes: a test
 * holds it to `toHtml` on every page of the fixtures and on trees made to
 * differ. What it does not serialize itself (SVG, MathML, templates,
 * comments, anything unexpected) it hands to `toHtml`. `pieces`: elements
 * whose HTML is kept there once serialized (see memo.ts).
 */
export function serialize(tree: Nodes, pieces?: WeakMap<Element, string | undefined>): string {
  const out: string[] = []
  one(tree, undefined, out, pieces)
  return out.join('')
}

// html-void-elements, as hast-util-to-html uses them by default.
const voids = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// Elements whose content is not serialized as HTML's.
const foreign = new Set(['svg', 'math', 'template'])

function one(node: Nodes, parent: Parents | undefined, out: string[], pieces: WeakMap<Element, string | undefined> | undefined): void {
  if (typeof node !== 'object' || node === null) {
    out.push(toHtml(node))
    return
  }
  switch (node.type) {
    case 'root':
      for (const child of node.children ?? []) one(child, node, out, pieces)
      return
    case 'element':
      if (pieces?.has(node)) out.push(piece(node, pieces))
      else element(node, out, pieces)
      return
    case 'text':
      out.push(text(node.value, parent))
      return
    case 'doctype':
      out.push('<!doctype html>')
      return
    default:
      // Raw HTML without `allowDangerousHtml` is text; comments are rare.
      out.push(node.type === ('raw' as string) ? text((node as {value: string}).value, parent) : toHtml(node))
  }
}

function piece(node: Element, pieces: WeakMap<Element, string | undefined>): string {
  let html = pieces.get(node)
  if (html === undefined) {
    const out: string[] = []
    element(node, out, pieces)
    pieces.set(node, (html = out.join('')))
  }
  return html
}

function element(node: Element, out: string[], pieces: WeakMap<Element, string | undefined> | undefined): void {
  if (foreign.has(node.tagName)) {
    out.push(toHtml(node))
    return
  }
  const attributes = serializeAttributes(node.properties)
  out.push(attributes ? `<${node.tagName} ${attributes}>` : `<${node.tagName}>`)
  const start = out.length
  for (const child of node.children ?? []) one(child, node, out, pieces)
  // An element void in HTML but with content is closed as any other.
  let content = false
  for (let index = start; index < out.length && !content; index++) content = out[index] !== ''
  if (content || !voids.has(node.tagName.toLowerCase())) out.push(`</${node.tagName}>`)
}

function text(value: string, parent: Parents | undefined): string {
  if (parent?.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style')) return value
  return value.replace(textCharacters, reference)
}

const infos = new Map<string, Info>()

function serializeAttributes(properties: Properties | undefined): string {
  let result = ''
  for (const key in properties) {
    const value = properties[key]
    if (value === null || value === undefined) continue
    const attribute = serializeAttribute(key, value)
    if (attribute) result = result ? `${result} ${attribute}` : attribute
  }
  return result
}

function serializeAttribute(key: string, given: Properties[string]): string {
  let info = infos.get(key)
  if (!info) infos.set(key, (info = find(html, key)))
  let value: unknown = given
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value)
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return ''
  const name = info.attribute.replace(nameCharacters, reference)
  if (value === true) return name
  const string = Array.isArray(value) ? (info.commaSeparated ? commas(value) : value.join(' ').trim()) : String(value)
  return `${name}="${string.replace(attributeCharacters, reference)}"`
}

/** comma-separated-tokens' `stringify`, as hast-util-to-html calls it. */
function commas(values: unknown[]): string {
  return (values[values.length - 1] === '' ? [...values, ''] : values).join(', ').trim()
}

// What hast-util-to-html escapes (no parse errors, no dangerous characters), as hexadecimal references.
const textCharacters = /[<&]/g
const attributeCharacters = /[\0"&'`]/g
const nameCharacters = /[\0\t\n\f\r "&'/<=>`]/g

function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`
}

import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

const allowedSchemes = new Set(['http', 'https', 'mailto'])
const urlAttributes = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background'])
const allowedTags = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'style', 'header', 'footer', 'main', 'nav', 'aside', 'section', 'div',
  'details', 'summary', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'span', 'strong', 'em',
  'del', 'code', 'pre', 'br', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // The interview page's form controls (no form, so nothing is sent; their attributes are checked like any other).
  'noscript', 'label', 'input', 'textarea', 'select', 'button', 'fieldset', 'legend', 'output', 'caption'
])

/** Every way the rendered page could run script (empty when none). */
export function executableContent(html: string): string[] {
  const found: string[] = []
  const tree: Root = fromHtml(html)
  const walk = (node: Root | RootContent, inHead: boolean) => {
    if (node.type === 'element') {
      const element = node as Element
      if (!allowedTags.has(element.tagName)) found.push(`<${element.tagName}>`)
      if ((element.tagName === 'style' || element.tagName === 'link' || element.tagName === 'meta') && !inHead) found.push(`<${element.tagName}> in body`)
      if (element.tagName === 'meta' && element.properties.httpEquiv) found.push('meta http-equiv')
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`)
        if (name === 'style') found.push(`${element.tagName}[style]`)
        if (urlAttributes.has(name)) {
          // eslint-disable-next-line no-control-regex
          const url = String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
          const scheme = /^([^/?#]*?):/.exec(url)?.[1]
          if (scheme !== undefined && !allowedSchemes.has(scheme)) found.push(`${element.tagName}[${name}=${String(value)}]`)
        }
      }
      for (const child of element.children) walk(child, inHead || element.tagName === 'head')
    } else if (node.type === 'root') {
      for (const child of node.children) walk(child, false)
    }
  }
  walk(tree, false)
  return found
}


import type {Item} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {anchors} from '../anchors.js'
import {inlinesToHast} from '../inline.js'
import {memoized} from '../memo.js'
import type {State} from '../state.js'

/**
 * A run of items as lists: consecutive ordered items form an `<ol>`, others
 * a `<ul>`. The same on every page, so built once per memo (`RenderOptions.memo`).
 */
export function items(state: State, list: readonly Item[]): Element[] {
  return memoized(state, 'items', list, state.handlers.items === items && state.handlers.item === item, () => {
    const runs: Item[][] = []
    for (const node of list) {
      const last = runs.at(-1)
      if (last && last[0]!.ordered === node.ordered && node.kind !== 'code') last.push(node)
      else runs.push([node])
    }
    return runs.map((run) => h(run[0]!.ordered ? 'ol' : 'ul', {className: ['items']}, run.map((node) => state.handlers.item(state, node))))
  })
}

/**
 * One item: its text, its code, its nested items. The `<li>` carries the
 * item's id; only questions carry a class (topics and code items are the
 * plain `.items > li`, styled through the list): some 250 items a page.
 */
export function item(state: State, node: Item): Element {
  const code = node.code
    ? h('pre', {className: ['code']}, h('code', {className: languageClass(node.code.lang)}, String(node.code.value)))
    : undefined
  // Questions are asked as written: a visible label sets them apart from topics (not colour alone); code shows as code.
  const label = node.kind === 'question' ? state.strings.question : undefined
  return h('li', label ? {id: anchors.item(node.id), className: ['item-question']} : {id: anchors.item(node.id)}, [
    ...(label ? [h('span', {className: ['item-kind']}, label), ' '] : []),
    ...(node.inlines.length > 0 ? inlinesToHast(node.inlines, state.options) : []),
    ...(code ? [code] : []),
    ...(node.items.length > 0 ? state.handlers.items(state, node.items) : [])
  ])
}

function languageClass(lang: string | undefined): string[] {
  return lang && /^[\w+#.-]+$/.test(lang) ? [`language-${lang}`] : []
}

import {render} from '@org/llm-interview-renderer'
import type {Guide} from '@org/llm-interview-schema'
import type {Element, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {InterviewText, Sheet} from '../src/interview/export.js'

function elements(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node)
  if ('children' in node) for (const child of node.children) elements(child, found)
  return found
}

function textOf(node: Root | RootContent): string {
  return node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : ''
}

/** What the page's script reads from the rendered page (as `dom.ts` does in the browser). */
export function pageOf(guide: Guide, level?: string): {sheet: Sheet; text: InterviewText} {
  const all = elements(fromHtml(render(guide, {page: 'interview', ...(level ? {level} : {})})))
  const data = (el: Element, name: string) => String(el.properties[name] ?? '')
  const root = all.find((el) => el.properties.id === 'interview')!
  const labels = new Map(all.filter((el) => el.tagName === 'label').map((el) => [String(el.properties.htmlFor), textOf(el).trim()]))
  const inside = (el: Element, name: string) => elements(el).filter((input) => input.tagName === 'input' && input.properties.name === name)
  const sheet: Sheet = {
    guide: data(root, 'dataGuide'),
    version: data(root, 'dataVersion'),
    level: data(root, 'dataLevel'),
    levelLabel: data(root, 'dataLevelLabel'),
    context: data(root, 'dataContext'),
    fields: all.filter((el) => el.tagName === 'input' && String(el.properties.id).startsWith('interview-') && el.properties.name).map((el) => ({name: String(el.properties.name), label: labels.get(String(el.properties.id))!})),
    sections: all.filter((el) => el.properties.dataSection !== undefined).map((el) => ({
      id: data(el, 'dataSection'),
      title: data(el, 'dataTitle'),
      minutes: Number(data(el, 'dataMinutes')),
      topics: inside(el, 'topic').map((input) => ({id: String(input.properties.value), text: labels.get(String(input.properties.id))!}))
    })),
    criteria: all.filter((el) => el.properties.dataCriterion !== undefined).map((el) => ({id: data(el, 'dataCriterion'), title: data(el, 'dataTitle'), weight: Number(data(el, 'dataWeight'))}))
  }
  return {sheet, text: JSON.parse(data(root, 'dataStrings')) as InterviewText}
}


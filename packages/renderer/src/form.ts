import type {Element, ElementContent, Properties} from 'hast'
import {h} from 'hastscript'

/** A labelled control on its own line. */
export function field(id: string, label: string, control: Element): Element {
  return h('p', {className: ['field']}, [h('label', {htmlFor: id}, label), ' ', control])
}

/** A radio button (or checkbox) followed by its label. */
export function choice(properties: Properties & {id: string}, label: string | ElementContent[], type: 'radio' | 'checkbox' = 'radio'): Element {
  return h('span', {className: ['choice']}, [h('input', {type, ...properties}), ' ', h('label', {htmlFor: properties.id}, label)])
}

/** A button that submits nothing: the page has no form to send. */
export function button(id: string, label: string, properties: Properties = {}): Element {
  return h('button', {type: 'button', id, ...properties}, label)
}

import fc from 'fast-check'
import {reservedLevelIds, schemaVersion} from '@org/llm-interview-schema'

// Guides that the contract accepts, built from the model's shapes (not from
// any guide's text), for the test that zod and the JSON Schema agree.

const text = fc.string({unit: 'grapheme', maxLength: 12})
const title = fc.string({unit: 'grapheme', minLength: 1, maxLength: 12})
const minutes = fc.nat({max: 200})
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, {nil: undefined})
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)

const point = fc.record({line: fc.integer({min: 1, max: 500}), column: fc.integer({min: 1, max: 80})})
const position = optional(fc.record({start: point, end: point}))
const duration = fc.record({min: minutes, max: minutes})

const {inline} = fc.letrec<{inline: unknown}>((tie) => ({
  inline: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    fc.record({type: fc.constant('text'), value: text}),
    fc.record({type: fc.constant('inlineCode'), value: text}),
    fc.record({type: fc.constant('break')}),
    fc.record({type: fc.constantFrom('strong', 'emphasis', 'delete'), children: fc.array(tie('inline'), {maxLength: 2})}),
    fc.record(
      {type: fc.constant('link'), url: fc.constantFrom('https://example.com/a', '#1.1', '../notes/a.md', 'mailto:a@example.com'), title: text, children: fc.array(tie('inline'), {maxLength: 2})},
      {requiredKeys: ['type', 'url', 'children']}
    )
  )
}))
const inlines = fc.array(inline, {maxLength: 3})
const richText = fc.record({inlines, text, position})

const code = fc.record({lang: text, meta: text, value: text}, {requiredKeys: ['value']})
const {item} = fc.letrec<{item: unknown}>((tie) => ({
  item: fc.record(
    {
      id: title,
      kind: fc.constantFrom('topic', 'question', 'code'),
      inlines,
      text,
      lead: text,
      ordered: fc.boolean(),
      code,
      items: fc.oneof({depthSize: 'small'}, fc.constant([]), fc.array(tie('item'), {maxLength: 2})),
      position
    },
    {requiredKeys: ['id', 'kind', 'inlines', 'text', 'ordered', 'items']}
  )
}))

const group = fc.record({id: title, title: text, titleInlines: inlines, items: fc.array(item, {maxLength: 2}), position}, {requiredKeys: ['id', 'items']})
const numbered = fc.integer({min: 1, max: 20})
const section = fc.record(
  {id: fc.tuple(numbered, numbered).map(([p, s]) => `${p}.${s}`), number: numbered, title, titleInlines: inlines, duration, objective: richText, groups: fc.array(group, {maxLength: 2}), position},
  {requiredKeys: ['id', 'number', 'title', 'duration', 'objective', 'groups']}
)
const part = fc.record(
  {id: numbered.map((n) => `part-${n}`), number: numbered, ordinal: title, title, titleInlines: inlines, duration, sections: fc.array(section, {maxLength: 2}), position},
  {requiredKeys: ['id', 'number', 'ordinal', 'title', 'duration', 'sections']}
)
const criterion = fc.record(
  {id: numbered.map((n) => `rubric-${n}`), title, weight: fc.oneof(fc.integer({min: 0, max: 100}), fc.double({min: 0, max: 100, noNaN: true})), points: fc.array(item, {maxLength: 2}), position},
  {requiredKeys: ['id', 'title', 'weight', 'points']}
)
const planEntry = fc.record(
  {section: fc.tuple(numbered, numbered).map(([p, s]) => `${p}.${s}`), role: fc.constantFrom('core', 'optional', 'skip'), minutes, position},
  {requiredKeys: ['section', 'role', 'minutes']}
)
const levelId = slug.filter((id) => !(reservedLevelIds as readonly string[]).includes(id))
const level = fc.record({id: levelId, label: title, focus: richText, plan: fc.array(planEntry, {maxLength: 3}), position}, {requiredKeys: ['id', 'label', 'focus', 'plan']})
const heading = fc.record({title, position}, {requiredKeys: ['title']})

/** A guide `GuideSchema` accepts, as JSON data. */
export const validGuide = fc
  .record(
    {
      schemaVersion: fc.constant(schemaVersion),
      id: slug,
      version: fc.oneof(fc.constant('next'), fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((v) => v.join('.'))),
      title,
      lang: fc.constantFrom('zh-CN', 'en', 'zh-Hans-CN', 'fr'),
      duration,
      overview: fc.record({title, paragraphs: fc.array(richText, {maxLength: 2}), position}, {requiredKeys: ['title', 'paragraphs']}),
      parts: fc.array(part, {maxLength: 2}),
      rubric: fc.array(criterion, {maxLength: 3}),
      levels: fc.array(level, {maxLength: 2}),
      levelList: fc.array(fc.record({label: title, focus: richText}), {maxLength: 2}),
      tips: fc.array(group, {maxLength: 1}),
      references: fc.array(group, {maxLength: 1}),
      closing: fc.array(richText, {maxLength: 1}),
      headings: fc.record({rubric: heading, advice: heading, levels: heading, references: heading}, {requiredKeys: []}),
      position
    },
    {requiredKeys: ['schemaVersion', 'id', 'version', 'title', 'lang', 'duration', 'parts', 'rubric', 'levels', 'tips', 'references', 'closing', 'headings']}
  )
  .map((guide) => JSON.parse(JSON.stringify(guide)) as Record<string, unknown>)

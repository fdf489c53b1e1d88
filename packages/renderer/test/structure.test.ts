import {readdirSync} from 'node:fs'
import {render, type RenderOptions} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {fullHeadings, interviewSections, levelHeadings, planRows} from './expected-structure.js'
import {loadGuide, pagesOf} from './helpers.js'
import {bodyRows, byClass, byTag, classesOf, headingOf, parsePage, roleOf, textOf, within} from './page-structure.js'

// The parts of each fixture page that matter to a reader, checked against
// the guide JSON: the outline's headings and anchors, a level's plan rows,
// the run-sheet and interview order, and every link and id reference. The
// goldens (fixtures.test.ts) hold the whole page; these say what it means.
const root = new URL('fixtures/', import.meta.url)
const site = 'https://site.test/guide/v/'

/** Where a page lives in its version's folder (the site's URL layout). */
const pathOf = ({page = 'guide', level}: RenderOptions) => `${level ? `${level}/` : ''}${page === 'guide' ? '' : `${page}/`}`

const referenceProperties = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'] as const

describe('page structure', () => {
  for (const name of readdirSync(root).sort()) {
    const guide = loadGuide(name)
    const pages = new Map(pagesOf(guide).map(([key, options]) => [key, {options, page: parsePage(render(guide, options))}]))
    const byPath = new Map([...pages.values()].map(({options, page}) => [pathOf(options), page]))
    // Links written in the guide point wherever their author chose: only the renderer's own must resolve here.
    const authored = new Set(linkUrls(guide))

    for (const [key, {options, page}] of pages) {
      const {level} = options
      const kind = options.page ?? 'guide'
      const sectionsOf = (className: string) => page.elements.filter((e) => e.tagName === 'section' && classesOf(e).includes(className))
      const only = (id: string) => {
        const found = page.elements.filter((e) => e.properties.id === id)
        expect(found, `#${id}`).toHaveLength(1)
        return found[0]!
      }

      it(`${name}: ${key} has one h1 naming the guide, unique ids, and links that resolve`, () => {
        const h1 = page.elements.filter(byTag('h1'))
        expect(h1).toHaveLength(1)
        expect(textOf(h1[0]!)).toContain(guide.title)
        expect(page.ids.filter((id, i) => page.ids.indexOf(id) !== i), 'repeated ids').toEqual([])
        const broken = page.elements.flatMap((e) => {
          const href = e.tagName === 'a' ? e.properties.href : undefined
          if (typeof href !== 'string' || authored.has(href)) return []
          const url = new URL(href, site + pathOf(options))
          if (!url.href.startsWith(site)) return [] // the site index, assets, other sites
          const target = byPath.get(url.pathname.slice(new URL(site).pathname.length))
          if (!target) return [`${href}: no such page`]
          const fragment = decodeURIComponent(url.hash.slice(1))
          return fragment && !target.ids.includes(fragment) ? [`${href}: no #${fragment} there`] : []
        })
        const dangling = page.elements.flatMap((e) =>
          referenceProperties.flatMap((property) => {
            const value: unknown = e.properties[property]
            const refs: string[] = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
            return refs.filter((id) => !page.ids.includes(id)).map((id) => `${e.tagName}[${property}=${id}]`)
          })
        )
        expect([...broken, ...dangling]).toEqual([])
      })

      if (kind === 'guide' || kind === 'print') {
        it(`${name}: ${key} heads each part, section and rubric criterion with its number, title, minutes and anchor`, () => {
          const headings = [...sectionsOf('part'), ...sectionsOf('section')]
            .sort((a, b) => page.elements.indexOf(a) - page.elements.indexOf(b))
            .map((section) => headingOf(section))
          // A level's skipped sections are folded away on screen and left out in print.
          const expected = level ? levelHeadings(guide, level).filter((h) => kind !== 'print' || h.role !== 'skip') : fullHeadings(guide)
          expect(headings).toEqual(expected)
          const criteria = page.elements.filter((e) => e.tagName === 'div' && classesOf(e).includes('criterion')).map((div) => headingOf(div))
          expect(criteria).toEqual(guide.rubric.map((c) => ({level: 3, anchor: c.id, text: `${c.title} ${c.weight}%`})))
        })
      }

      if (kind === 'guide' && !level) {
        it(`${name}: ${key} lists every part and section in its table of contents`, () => {
          const toc = page.elements.find((e) => e.tagName === 'nav' && classesOf(e).includes('toc'))
          expect(toc).toBeDefined()
          const targets = within(toc!, byTag('a')).map((a) => String(a.properties.href)).filter((href) => /^#(part-|sec-)/.test(href))
          expect(targets).toEqual(guide.parts.flatMap((part) => [`#${part.id}`, ...part.sections.map((s) => `#sec-${s.id}`)]))
        })
      }

      if (level && (kind === 'guide' || kind === 'print')) {
        it(`${name}: ${key} plans each section as the level does (role and minutes)`, () => {
          const plan = only('plan')
          const rows = bodyRows(plan).map(({role, cells}) => ({
            role,
            cells: cells.map((cell, i) => (i === 2 ? roleOf(within(cell, byClass('role'))[0]!) : textOf(cell).trim()))
          }))
          expect(rows).toEqual(planRows(guide, level))
          const total = within(within(plan, byTag('tfoot'))[0]!, byTag('td')).at(-1)
          const planned = interviewSections(guide, level).reduce((sum, s) => sum + s.minutes, 0)
          expect(textOf(total!).trim()).toBe(String(planned))
        })
      }

      if (kind === 'runsheet' || kind === 'print') {
        it(`${name}: ${key} times the sections the interview takes, in its order`, () => {
          const rows = bodyRows(only('run-sheet')).map(({role, cells}) => ({
            id: textOf(cells[1]!).trim().split(' ')[0],
            minutes: Number(textOf(cells.filter((c) => classesOf(c).includes('num'))[1]!)),
            role
          }))
          expect(rows).toEqual(interviewSections(guide, level).map((s) => ({...s, role: s.role ?? 'core'})))
        })
      }

      if (kind === 'scorecard' || kind === 'print') {
        it(`${name}: ${key} scores each rubric criterion with its weight, on the 1-5 scale it prints`, () => {
          const [criteria, scale, ...others] = within(only('scorecard'), byTag('table'))
          const rows = bodyRows(criteria!).map(({cells}) => cells.slice(0, 2).map((cell) => textOf(cell).trim()))
          expect(rows).toEqual(guide.rubric.map((criterion) => [criterion.title, `${criterion.weight}%`]))
          expect(classesOf(scale!)).toContain('score-scale')
          expect(within(scale!, byTag('th')).map((th) => textOf(th).trim().split(' ')[0])).toEqual(['1', '2', '3', '4', '5'])
          expect(others).toEqual([])
        })
      }

      if (kind === 'interview') {
        it(`${name}: ${key} runs through the sections the interview takes, in its order`, () => {
          const sections = sectionsOf('interview-section').map((s) => ({
            id: s.properties.dataSection,
            minutes: Number(s.properties.dataMinutes),
            ...(level ? {role: roleOf(s)} : {})
          }))
          expect(sections).toEqual(interviewSections(guide, level))
        })
      }
    }
  }
})

/** Every `url` of a link node anywhere in the guide JSON. */
function linkUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linkUrls)
  if (!value || typeof value !== 'object') return []
  const node = value as Record<string, unknown>
  const own = node.type === 'link' && typeof node.url === 'string' ? [node.url] : []
  return [...own, ...Object.values(node).flatMap(linkUrls)]
}

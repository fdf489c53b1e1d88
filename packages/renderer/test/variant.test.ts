import {levelVariant, render, runSheet} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {loadGuide} from './helpers.js'

const seed = loadGuide('seed')

describe('level variants of the seed', () => {
  it('fit the recommended 90-120 minutes and add up', () => {
    for (const level of seed.levels) {
      const variant = levelVariant(seed, level.id)
      const planned = level.plan.filter((e) => e.role !== 'skip').reduce((sum, e) => sum + e.minutes, 0)
      expect(variant.totalMinutes).toBe(planned)
      expect(variant.coreMinutes + variant.optionalMinutes).toBe(variant.totalMinutes)
      expect(variant.totalMinutes).toBeGreaterThanOrEqual(90)
      expect(variant.totalMinutes).toBeLessThanOrEqual(120)
      expect(variant.fits).toBe(true)
      expect(runSheet(seed, level.id).total).toBe(variant.totalMinutes)
      expect(variant.sections.length + variant.skipped.length).toBe(16)
    }
  })

  it('render the sections each plan asks for, in plan order, and fold the skipped ones', () => {
    const pages = seed.levels.map((level) => {
      const html = render(seed, {level: level.id})
      const [shown, folded = ''] = html.split('<details class="skipped">')
      const ids = (text: string) => [...text.matchAll(/<section id="sec-([\d.]+)"/g)].map((m) => m[1])
      const plan = level.plan.filter((e) => e.role !== 'skip').map((e) => e.section)
      expect(ids(shown!)).toEqual(plan)
      expect(ids(folded).sort()).toEqual(level.plan.filter((e) => e.role === 'skip').map((e) => e.section).sort())
      expect(html).toContain(level.focus.text)
      return ids(shown!).join()
    })
    expect(new Set(pages).size).toBe(seed.levels.length)
  })

  it('leaves skipped sections out of the print document', () => {
    const html = render(seed, {page: 'print', level: 'research'})
    expect(html).not.toContain('<details')
    expect(html).not.toContain('id="sec-4.1"')
    expect(html).toContain('id="sec-5.1"')
  })

  it('counts sections a hand-made plan leaves out as skipped, and rejects unknown levels', () => {
    const guide = structuredClone(seed)
    guide.levels[0]!.plan = guide.levels[0]!.plan.slice(0, 2)
    const variant = levelVariant(guide, guide.levels[0]!.id)
    expect(variant.sections.map((s) => s.section.id)).toEqual(['1.1', '1.2'])
    expect(variant.skipped).toHaveLength(14)
    expect(variant.fits).toBe(false)
    expect(() => levelVariant(seed, 'nope')).toThrow(/Unknown level `nope`/)
  })
})

describe('run-sheet', () => {
  it('times every section of the full guide', () => {
    const sheet = runSheet(seed)
    expect(sheet.rows).toHaveLength(16)
    expect(sheet.total).toBe(130)
    expect(sheet.rows[0]).toMatchObject({start: 0, end: 10})
    sheet.rows.slice(1).forEach((row, i) => expect(row.start).toBe(sheet.rows[i]!.end))
  })

  it('shows offsets as h:mm and the total', () => {
    const html = render(seed, {page: 'runsheet', level: 'foundation'})
    expect(html).toContain('<td class="num">0:00</td><td class="num">0:14</td>')
    expect(html).toContain('<td class="num">1:37</td>')
  })
})

describe('scorecard', () => {
  it('lists each criterion with its weight, blank score columns and the total row', () => {
    const html = render(seed, {page: 'scorecard'})
    for (const criterion of seed.rubric) expect(html).toContain(`<th scope="row">${criterion.title}</th><td class="num">${criterion.weight}%</td>`)
    expect(html).toContain('加权总分')
    expect(html).toContain('<td class="num">100%</td>')
    expect(html).toContain('blank-area')
  })
})

import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Guide} from '@org/llm-interview-schema'
import {describe, expect, inject, it} from 'vitest'

const siteDir = inject('siteDir')

function pdfsOf(guide: Guide): string[] {
  return [undefined, ...guide.levels.map((l) => l.id)].map((level) =>
    path.join(siteDir, guide.id, guide.version, level ? `${level}/` : '', 'print', `${[guide.id, guide.version, level].filter(Boolean).join('-')}.pdf`)
  )
}

describe('PDFs', () => {
  for (const version of ['1.0.0', 'next']) {
    const guide = JSON.parse(readFileSync(path.join(siteDir, 'llm-interview', version, 'guide.json'), 'utf8')) as Guide
    it(`${version}: a PDF for the full guide and each level, A4, with every section title and page numbers as text`, () => {
      const titles = guide.parts.flatMap((part) => part.sections.map((s) => s.title))
      const pdfs = pdfsOf(guide)
      expect(pdfs).toHaveLength(guide.levels.length + 1)
      for (const pdf of pdfs) {
        expect(existsSync(pdf), pdf).toBe(true)
        const info = execFileSync('pdfinfo', [pdf], {encoding: 'utf8'})
        expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8', maxBuffer: 20 * 1024 * 1024})
        for (const title of titles) expect(text.replace(/\s+/g, ''), `${path.basename(pdf)}: ${title}`).toContain(title.replace(/\s+/g, ''))
        expect(text).toMatch(/第 1 页 \/ 共 \d+ 页/)
        expect(text).toContain(guide.title)
        const fonts = execFileSync('pdffonts', [pdf], {encoding: 'utf8'}).split('\n').slice(2).filter(Boolean)
        expect(fonts.length).toBeGreaterThan(0)
        expect(fonts.every((line) => / yes /.test(line))).toBe(true)
      }
    })

    it(`${version}: the pages link their PDF`, () => {
      const page = readFileSync(path.join(siteDir, 'llm-interview', version, 'foundation', 'index.html'), 'utf8')
      expect(page).toContain(`href="print/llm-interview-${version}-foundation.pdf"`)
    })
  }
})

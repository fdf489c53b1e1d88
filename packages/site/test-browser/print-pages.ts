import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Guide, Item} from '@org/llm-interview-schema'
import type {Page} from 'playwright-core'

// What the print tests read from PDFs: pages, their text, fonts; and which
// lines are headings or the sub-items of short items in a guide.

/** The number of pages of a PDF (pdfinfo). */
export function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}))?.[1])
}

const linesOf = new Map<string, string[][]>()

/** The text of each page of a PDF (pdftotext), as its non-empty lines without surrounding space; read once per file. */
export function pageLines(pdf: string): string[][] {
  const known = linesOf.get(pdf)
  if (known) return known
  const lines = Array.from({length: pageCount(pdf)}, (_, index) =>
    execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', pdf, '-'], {encoding: 'utf8'})
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  )
  linesOf.set(pdf, lines)
  return lines
}

/** The fonts of a PDF (pdffonts), one `name type ...` line each. */
export function fonts(pdf: string): string[] {
  return execFileSync('pdffonts', [pdf], {encoding: 'utf8'}).split('\n').slice(2).filter(Boolean)
}

/** Text without any white space, to compare lines that the PDF's layout spaced differently. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/** The site's pages of `kind` (e.g. `scorecard`), for every version and level, not the `latest/` redirects. */
export function sitePages(siteDir: string, kind: string): string[] {
  return readdirSync(siteDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => {
      const steps = file.split(path.sep)
      return steps.at(-1) === 'index.html' && steps.at(-2) === kind && !steps.includes('latest')
    })
    .sort()
}

/** The guide a page belongs to: the `guide.json` of its version folder (`<guide>/<version>/...`). */
export function guideOf(siteDir: string, page: string): Guide {
  const [guide, version] = page.split(path.sep)
  return JSON.parse(readFileSync(path.join(siteDir, guide!, version!, 'guide.json'), 'utf8')) as Guide
}

/** Every PDF the build made. */
export function sitePdfs(siteDir: string): string[] {
  return readdirSync(siteDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.pdf') && !file.split(path.sep).includes('latest'))
    .map((file) => path.join(siteDir, file))
    .sort()
}

/** The file's size in bytes. */
export function size(file: string): number {
  return statSync(file).size
}

/** Prints the page now open in `page` as Chromium does for a user (A4 from the CSS, print media, fonts loaded) to `out`. */
export async function printTo(page: Page, out: string): Promise<string> {
  await page.emulateMedia({media: 'print'})
  await page.evaluate(async () => {
    document.body.getBoundingClientRect()
    await document.fonts.ready
  })
  writeFileSync(out, await page.pdf({preferCSSPageSize: true, printBackground: true}))
  return out
}

/** The headings of a guide as they print, squeezed: parts, sections, group titles, rubric criteria (without minutes or weights). */
export function headings(guide: Guide): string[] {
  return [...guide.rubric.map((criterion) => squeeze(criterion.title)), ...outlineHeadings(guide)]
}

function outlineHeadings(guide: Guide): string[] {
  return guide.parts.flatMap((part) => [
    squeeze(`${part.ordinal}、${part.title}`),
    ...part.sections.flatMap((section) => [squeeze(`${section.id}${section.title}`), ...section.groups.flatMap((group) => (group.title ? [squeeze(group.title)] : []))])
  ])
}

/** Every item's text, squeezed. */
export function itemTexts(guide: Guide): Set<string> {
  const found = new Set<string>()
  const visit = (items: readonly Item[]) => {
    for (const item of items) {
      found.add(squeeze(item.text))
      visit(item.items)
    }
  }
  for (const part of guide.parts) for (const section of part.sections) for (const group of section.groups) visit(group.items)
  return found
}

/** The sub-items of short items (at most six sub-items, no code), squeezed: the print rules never leave them on a page without their parent. */
export function shortItemChildren(guide: Guide): string[] {
  const found: string[] = []
  const hasCode = (item: Item): boolean => Boolean(item.code) || item.items.some(hasCode)
  const visit = (items: readonly Item[]) => {
    for (const item of items) {
      if (item.items.length > 0 && item.items.length <= 6 && !hasCode(item)) found.push(...item.items.map((child) => squeeze(child.text)))
      visit(item.items)
    }
  }
  for (const part of guide.parts) for (const section of part.sections) for (const group of section.groups) visit(group.items)
  return found.filter(Boolean)
}

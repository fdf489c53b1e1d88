import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {withChromium} from './browser.js'

/** A print page of the staged site and the PDF to make from it (paths from the site root). */
export interface PdfJob {
  page: string
  pdf: string
}

/**
 * Prints each print page to an A4 PDF with Chromium (the page's own `@page`
 * rules give the size, margins, running header and page numbers), then
 * makes the file reproducible (Chromium stamps the time of printing).
 */
export async function makePdfs(siteDir: string, jobs: readonly PdfJob[], executablePath: string, onPrinted?: (done: number, total: number) => void): Promise<number> {
  return withChromium(executablePath, async (browser) => {
    const queue = [...jobs]
    let bytes = 0
    let done = 0
    // Two pages at a time: printing is mostly Chromium's work, on its own processes.
    const worker = async () => {
      const page = await browser.newPage()
      for (let job = queue.shift(); job; job = queue.shift()) {
        await page.goto(pathToFileURL(path.join(siteDir, job.page)).href, {waitUntil: 'load'})
        await page.evaluate(() => document.fonts.ready)
        const pdf = reproducible(await page.pdf({preferCSSPageSize: true, printBackground: true, tagged: true, outline: true}))
        await writeFile(path.join(siteDir, job.pdf), pdf)
        bytes += pdf.byteLength
        onPrinted?.(++done, jobs.length)
      }
      await page.close()
    }
    await Promise.all([worker(), worker()])
    return bytes
  })
}

/**
 * The PDF made reproducible, in place with text of the same length so the
 * file's offsets stay valid: the creation and modification dates
 * (`D:YYYYMMDDHHmmSS`) set from `SOURCE_DATE_EPOCH` (default 0), and the
 * tagged structure's element ids (`(node00000863)`, Blink's DOM node ids,
 * which count every node the browser made before) renumbered by rank, which
 * keeps their order and so the sorted `/IDTree` valid.
 */
export function reproducible(pdf: Buffer): Buffer {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 0)
  const stamp = new Date(Number.isFinite(epoch) ? epoch * 1000 : 0).toISOString().replace(/\D/g, '').slice(0, 14)
  const text = pdf.toString('latin1').replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, `$1${stamp}`)
  const ids = [...new Set(text.match(/\(node\d+\)/g) ?? [])].map((id) => id.slice(5, -1)).sort((a, b) => Number(a) - Number(b))
  const rank = new Map(ids.map((digits, index) => [digits, String(index + 1).padStart(digits.length, '0')]))
  return Buffer.from(
    text.replace(/\(node(\d+)\)/g, (_, digits: string) => `(node${rank.get(digits)})`),
    'latin1'
  )
}

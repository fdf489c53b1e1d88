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
export async function makePdfs(siteDir: string, jobs: readonly PdfJob[], executablePath: string): Promise<number> {
  return withChromium(executablePath, async (browser) => {
    const queue = [...jobs]
    let bytes = 0
    // Two pages at a time: printing is mostly Chromium's work, on its own processes.
    const worker = async () => {
      const page = await browser.newPage()
      for (let job = queue.shift(); job; job = queue.shift()) {
        await page.goto(pathToFileURL(path.join(siteDir, job.page)).href, {waitUntil: 'load'})
        await page.evaluate(() => document.fonts.ready)
        const pdf = reproducible(await page.pdf({preferCSSPageSize: true, printBackground: true, tagged: true, outline: true}))
        await writeFile(path.join(siteDir, job.pdf), pdf)
        bytes += pdf.byteLength
      }
      await page.close()
    }
    await Promise.all([worker(), worker()])
    return bytes
  })
}

/**
 * The PDF with its creation and modification dates (`D:YYYYMMDDHHmmSS`)
 * set from `SOURCE_DATE_EPOCH` (default 0), written in place with text of
 * the same length so the file's offsets stay valid.
 */
export function reproducible(pdf: Buffer): Buffer {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 0)
  const stamp = new Date(Number.isFinite(epoch) ? epoch * 1000 : 0).toISOString().replace(/\D/g, '').slice(0, 14)
  const text = pdf.toString('latin1').replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, `$1${stamp}`)
  return Buffer.from(text, 'latin1')
}

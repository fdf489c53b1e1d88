import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {sha256} from '../digest.js'
import type {BuildCache} from './cache.js'
import {makePdfs, type PdfJob} from './pdf.js'

/** What the PDF stage did: every PDF of the site, how many were printed and how many came from the cache. */
export interface PdfReport {
  count: number
  bytes: number
  printed: number
  cached: number
  /** The SHA-256 (hex) of each PDF written, by its path from the site root. */
  digests: Map<string, string>
}

export interface PdfStageOptions {
  executablePath: string
  /** Where PDFs are kept between builds; without a folder every PDF is printed. */
  cache?: BuildCache | undefined
  /** The cache key of a print page (see `pdfKeys`). */
  keyOf?: ((page: string) => string) | undefined
  /** Pages printed at a time (default: the machine's available parallelism). */
  concurrency?: number
  /** Called as each printed PDF is done (3, 8: the third of eight to print). */
  onPrinted?: ((done: number, total: number) => void) | undefined
}

/** Cached PDFs copied at a time (file reads and writes). */
const copiesAtOnce = 8

/**
 * Puts every PDF into the staged site at `siteDir`: from the cache when a
 * PDF of the same key is there and its bytes check out, else printed (one
 * browser for all of them, started only when something must be printed)
 * and stored in the cache.
 */
export async function pdfStage(siteDir: string, jobs: readonly PdfJob[], options: PdfStageOptions): Promise<PdfReport> {
  const {cache, keyOf} = options
  const keys = new Map(cache?.persistent && keyOf ? jobs.map((job) => [job, keyOf(job.page)]) : [])
  const misses: PdfJob[] = []
  const digests = new Map<string, string>()
  let bytes = 0
  const queue = [...jobs]
  const copy = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const key = keys.get(job)
      const hit = key && cache ? await cache.getBytes('pdf', `${key}.pdf`) : undefined
      if (!hit) {
        misses.push(job)
        continue
      }
      await writeFile(path.join(siteDir, job.pdf), hit)
      digests.set(job.pdf, sha256(hit))
      bytes += hit.byteLength
    }
  }
  await Promise.all(Array.from({length: Math.min(copiesAtOnce, jobs.length)}, copy))
  // Printed in the order the site lists them, whatever order the copies finished in.
  const order = new Map(jobs.map((job, index) => [job, index]))
  misses.sort((a, b) => order.get(a)! - order.get(b)!)
  bytes += await makePdfs(siteDir, misses, options.executablePath, {
    ...(options.concurrency ? {concurrency: options.concurrency} : {}),
    ...(options.onPrinted ? {onPrinted: options.onPrinted} : {}),
    onPdf: async (job, pdf) => {
      digests.set(job.pdf, sha256(pdf))
      const key = keys.get(job)
      if (key && cache) await cache.setBytes('pdf', `${key}.pdf`, pdf)
    }
  })
  return {count: jobs.length, bytes, printed: misses.length, cached: jobs.length - misses.length, digests}
}

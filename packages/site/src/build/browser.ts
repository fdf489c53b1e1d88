import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'playwright-core'

/** Where Chromium is: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  return candidates.find((candidate) => existsSync(candidate))
}

/** Flags for a headless Chromium on a machine without network or GPU. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * Runs `work` with a headless Chromium whose profile and HOME live in a
 * scratch folder (Chromium writes there), then closes it.
 */
export async function withChromium<T>(executablePath: string, work: (browser: Browser) => Promise<T>): Promise<T> {
  // Loaded only when PDFs are made: it is most of the build's start-up time otherwise.
  const {chromium} = await import('playwright-core')
  const scratch = await mkdtemp(path.join(tmpdir(), 'llm-interview-chromium-'))
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
    env: {...process.env, HOME: scratch, TMPDIR: scratch}
  })
  try {
    return await work(browser)
  } finally {
    await browser.close()
    await rm(scratch, {recursive: true, force: true})
  }
}

import {readdirSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {openPage, type Watch} from './browser.js'
import {judgePage, provokeHandlers, type JudgeOptions} from './judge.js'

/** The global that armed payloads set, and that the dialogs set when called. */
export const marker = '__xss'

/** A payload that, should it ever run, also sets the marker. */
export function armed(payload: string): string {
  return payload.replaceAll('alert(1)', `${marker}=1,alert(1)`)
}

/** What the judge may allow on a built site: every `.js` under its `assets/`, as served from `siteUrl`. */
export function judgeOptions(siteDir: string, siteUrl: string): JudgeOptions {
  const scripts = readdirSync(path.join(siteDir, 'assets'), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.js'))
    .map((file) => new URL(`assets/${file.split(path.sep).join('/')}`, siteUrl).href)
  return {scripts, inlineScripts: [], marker}
}

/** A judged page: the judge's findings plus the dialogs and problems the page caused, and its text. */
export interface Visit {
  findings: string[]
  watch: Watch
  text: string
}

export interface VisitOptions {
  /** Waits until the page's scripts have done their work. */
  ready?: (page: Page) => Promise<void>
  /** Serves this HTML as the page instead of the site's file (for tests of the judge). */
  body?: string
}

/**
 * A visitor sharing one page: `alert`/`confirm`/`prompt` set the marker when
 * called, and navigations away from the visited URL are answered 204, so
 * redirects and hostile navigations leave the judged page in place. Each
 * visit loads the URL, fires every handler (`provokeHandlers`) and judges.
 */
export function visitor(browser: () => Browser, options: () => JudgeOptions): {visit: (url: string, more?: VisitOptions) => Promise<Visit>; close: () => Promise<void>} {
  let shared: {page: Page; watch: Watch} | undefined
  let current = {url: '', body: undefined as string | undefined}
  const open = async () => {
    const {page, watch} = await openPage(browser())
    await page.addInitScript((name) => {
      const w = window as unknown as Record<string, unknown>
      for (const dialog of ['alert', 'confirm', 'prompt'] as const) {
        const original = window[dialog]
        w[dialog] = (...args: unknown[]) => {
          w[name] = `${dialog} called`
          return (original as (...a: unknown[]) => unknown).apply(window, args)
        }
      }
    }, marker)
    await page.route('**/*', (route) => {
      const request = route.request()
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return route.fallback()
      if (request.url() !== current.url) return route.fulfill({status: 204})
      return current.body === undefined ? route.fallback() : route.fulfill({contentType: 'text/html; charset=utf-8', body: current.body})
    })
    return (shared = {page, watch})
  }
  return {
    async visit(url, more = {}) {
      const {page, watch} = shared ?? (await open())
      const before = {problems: watch.problems.length, dialogs: watch.dialogs.length}
      current = {url, body: more.body}
      await page.goto(url)
      await more.ready?.(page)
      await page.evaluate(provokeHandlers)
      // Let what was provoked run its timers and promises before judging.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
      const findings = await page.evaluate(judgePage, options())
      const text = await page.evaluate(() => document.documentElement.textContent ?? '')
      return {findings, text, watch: {problems: watch.problems.slice(before.problems), dialogs: watch.dialogs.slice(before.dialogs)}}
    },
    async close() {
      await shared?.page.context().close()
    }
  }
}

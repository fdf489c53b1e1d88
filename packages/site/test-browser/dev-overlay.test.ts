import {writeFileSync} from 'node:fs'
import {startDevServer} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentFolder, smallGuide} from '../test/small-guide.js'
import {openPage, useBrowser} from './browser.js'

// The small guide plans 10 minutes: recommending 30-40 is a warning (`total-duration`), not an error.
const warned = replaceOnce(smallGuide(), 'duration: 10-20', 'duration: 30-40')

describe('the preview overlay', () => {
  const browser = useBrowser()

  it('shows the warnings of the edited guide, dismissibly, and errors over them', async () => {
    const {dir, source} = contentFolder(warned)
    // The small guide is zh-CN; `lang: 'en'` (`dev --lang en`) writes its messages in English.
    const server = await startDevServer({contentDir: dir, port: 0, log: () => {}, lang: 'en'})
    try {
      const {page} = await openPage(browser())
      await page.goto(server.home)
      const report = page.locator('#__dev-report')
      await expect.poll(() => report.getAttribute('data-kind')).toBe('warning')
      expect(await report.textContent()).toMatch(/warning\s+Unexpected planned total of 10 minutes, expected 30-40 minutes/)
      await page.getByRole('button', {name: 'Dismiss the warnings'}).click()
      expect(await report.count()).toBe(0)
      await page.reload()
      // Once the status is in, the same warnings stay dismissed in this tab.
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['devReport'])).toBe('none')
      expect(await report.count()).toBe(0)

      writeFileSync(source, replaceOnce(warned, '### 1.1 概念 (10分钟)', '### 1.1 概念'))
      await expect.poll(() => report.getAttribute('data-kind'), {timeout: 20_000}).toBe('error')
      expect(await report.getAttribute('role')).toBe('alert')
      expect(await report.textContent()).toMatch(/error\s+Unexpected section heading without a duration/)
    } finally {
      await server.close()
    }
  })
})

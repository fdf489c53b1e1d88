import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {xssCorpus} from '../../renderer/test/xss-corpus.js'
import {openPage, useBrowser} from './browser.js'

const root = new URL('../../../', import.meta.url).pathname
const bin = path.join(root, 'packages/site/bin/llm-interview.js')
const seed = readFileSync(path.join(root, 'content/llm-interview/versions/1.0.0.md'), 'utf8')

function run(...args: string[]): Promise<{code: number; output: string}> {
  return promisify(execFile)(process.execPath, [bin, ...args], {cwd: root, maxBuffer: 10 * 1024 * 1024}).then(
    ({stdout, stderr}) => ({code: 0, output: stdout + stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, output: error.stdout + error.stderr})
  )
}

/** The seed with a payload put in several places an editor can write to. */
function poisoned(payload: string): string {
  return seed
    .replace('  - Q、K、V矩阵的作用和计算过程', `  - Q、K、V矩阵的作用和计算过程 ${payload}`)
    .replace('- 由浅入深，循序渐进', `- 由浅入深，循序渐进 [链接](${payload.replace(/[()\s]/g, '')})`)
    .replace('#### 基础概念\n', `#### 基础概念\n- 阅读代码：\n\n  \`\`\`html\n  ${payload}\n  \`\`\`\n- 行内 \`${payload.replaceAll('`', '')}\`\n`)
}

describe('the XSS corpus, end to end', () => {
  const browser = useBrowser()

  it('is rejected by check, or reaches the page as inert text', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-xss-'))
    let rendered = 0
    for (const [index, payload] of xssCorpus.entries()) {
      const content = path.join(work, `c${index}`)
      mkdirSync(path.join(content, 'llm-interview'), {recursive: true})
      writeFileSync(path.join(content, 'llm-interview', 'guide.md'), poisoned(payload))
      const checked = await run('check', content, '--format', 'json')
      if (checked.code !== 0) {
        expect(checked.code, payload).toBe(1)
        continue
      }
      const out = path.join(work, `s${index}`)
      expect((await run('build', '--quiet', '--no-pdf', '--content', content, '--out', out)).code).toBe(0)
      const {page, watch} = await openPage(browser())
      await page.addInitScript(() => {
        ;(window as unknown as {__ran: boolean}).__ran = false
      })
      for (const file of ['llm-interview/next/index.html', 'llm-interview/next/foundation/index.html', 'llm-interview/next/print/index.html']) {
        await page.goto(pathToFileURL(path.join(out, file)).href)
        expect(watch.dialogs, `${payload} on ${file}`).toEqual([])
        expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"]), iframe, object, embed, [onerror], [onload], [onclick]').length)).toBe(0)
      }
      await page.context().close()
      rendered++
    }
    // Some payloads are harmless Markdown (they become text or code): those must have reached a page.
    expect(rendered).toBeGreaterThan(0)
  }, 600_000)
})

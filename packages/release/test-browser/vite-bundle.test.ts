import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {build, preview, type PreviewServer} from 'vite'
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest'
// The site's Chromium lookup and flags (Debian's Chromium, offline, headless).
import {chromiumArgs, chromiumPath} from '../../site/src/build/browser.js'
import {run} from '../src/exec.js'
import type {PackedPackage} from '../src/pack.js'
import {repoRoot} from '../test/helpers.js'

const packed = inject('packed')
let project = ''
let server: PreviewServer | undefined
let browser: Browser | undefined

/** A page of another team's app: the latest guide, rendered with `render(guide)` and no options. */
const page = {
  'index.html': '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>\n<body><script type="module" src="./main.js"></script></body>\n</html>\n',
  'main.js': `import {guides, loadGuide} from '@org/llm-interview-data'
import {render} from '@org/llm-interview-renderer'

const guide = await loadGuide(guides[0].id)
const rendered = new DOMParser().parseFromString(render(guide), 'text/html')
document.documentElement.lang = rendered.documentElement.lang
document.title = rendered.title
document.head.append(...[...rendered.head.querySelectorAll('style')].map((style) => document.adoptNode(style)))
document.body.replaceWith(document.adoptNode(rendered.body))
document.documentElement.dataset.rendered = guide.version
`
}

/**
 * A project whose node_modules holds `packages` unpacked from their
 * tarballs. It sits in the workspace's `node_modules/.cache/`, so their
 * registry dependencies resolve to the workspace's installed ones (the
 * lockfile's versions) without npm: this runs with HOME pointing at a
 * scratch folder for Chromium, where npm's cache is not. (The consumer test
 * of `npm test` installs the tarballs with npm ci, outside the workspace.)
 */
async function unpackedProject(packages: readonly PackedPackage[]): Promise<string> {
  const cache = path.join(repoRoot, 'node_modules/.cache')
  mkdirSync(cache, {recursive: true})
  const dir = mkdtempSync(path.join(cache, 'llm-interview-vite-'))
  for (const p of packages) {
    const target = path.join(dir, 'node_modules', p.name)
    mkdirSync(target, {recursive: true})
    const result = await run('tar', ['-xzf', p.tarball, '-C', target, '--strip-components=1'], {cwd: dir})
    if (result.code !== 0) throw new Error(`Unexpected failure unpacking ${p.tarball}: ${result.stderr}`)
  }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  return dir
}

// The renderer, data and schema tarballs in a project of their own, bundled
// by Vite for browsers and served by Vite's preview server.
beforeAll(async () => {
  project = await unpackedProject(packed.filter((p) => ['@org/llm-interview-data', '@org/llm-interview-renderer', '@org/llm-interview-schema'].includes(p.name)))
  for (const [file, text] of Object.entries(page)) writeFileSync(path.join(project, file), text)
  await build({root: project, configFile: false, logLevel: 'warn', build: {outDir: 'dist', target: 'es2022'}})
  server = await preview({root: project, configFile: false, logLevel: 'error', preview: {host: '127.0.0.1', port: 0, strictPort: false}})
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)')
  browser = await chromium.launch({executablePath, args: chromiumArgs})
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()))
  if (project) rmSync(project, {recursive: true, force: true})
})

describe('the packed renderer and data, bundled by Vite', () => {
  it('render(guide) with no options shows the latest guide in Chromium, with its inline stylesheet and no error', async () => {
    const {guides} = JSON.parse(readFileSync(path.join(project, 'node_modules/@org/llm-interview-data/dist/versions.json'), 'utf8')) as {guides: {title: string; latest: string}[]}
    const problems: string[] = []
    const tab = await browser!.newPage()
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`)
    })
    const failed = new Promise<never>((_resolve, reject) => tab.once('pageerror', reject))
    await tab.goto(server!.resolvedUrls!.local[0]!)
    // Rendered, or the page's first uncaught error (say, a Node.js API missing in the browser).
    await Promise.race([tab.waitForSelector(`html[data-rendered="${guides[0]!.latest}"]`), failed])
    expect(await tab.locator('h1').innerText()).toBe(guides[0]!.title)
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    // The stylesheet came inlined in the bundle (the renderer reads no file): its rules apply.
    expect(await tab.evaluate(() => [...document.styleSheets].reduce((rules, sheet) => rules + sheet.cssRules.length, 0))).toBeGreaterThan(10)
    expect(problems).toEqual([])
  })
})

import {execFile} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import type {TestProject} from 'vitest/node'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {serve} from './serve.js'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDir: string
  }
}

const root = new URL('../../../', import.meta.url).pathname
/** Edits that make `next` differ from the released 1.0.0, so the diff page has content. */
export const nextEdits: [string, string][] = [
  ['  - 为什么需要scaled dot-product attention', '  - 为什么注意力需要除以 √d_k（scaled dot-product）'],
  ['  - ALiBi等新型位置编码方案\n', '  - ALiBi等新型位置编码方案\n  - 长度外推的常见方法\n']
]

/**
 * Builds a site (with PDFs) from the seed released as 1.0.0 plus an edited
 * `next`, and serves it on 127.0.0.1 for the browser tests.
 */
export default async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-browser-'))
  const content = path.join(work, 'content')
  mkdirSync(path.join(content, 'llm-interview', 'versions'), {recursive: true})
  const seed = readFileSync(path.join(root, 'content/llm-interview/versions/1.0.0.md'), 'utf8')
  writeFileSync(path.join(content, 'llm-interview', 'versions', '1.0.0.md'), seed)
  // The same bytes as the seed's release: its recorded checksum holds.
  copyFileSync(path.join(root, 'content/llm-interview/versions/checksums.json'), path.join(content, 'llm-interview', 'versions', 'checksums.json'))
  writeFileSync(path.join(content, 'llm-interview', 'guide.md'), nextEdits.reduce((text, [anchor, replacement]) => replaceOnce(text, anchor, replacement), seed))
  const siteDir = path.join(work, 'site')
  const server = await serve(siteDir)
  const siteUrl = server.url
  await promisify(execFile)(process.execPath, [path.join(root, 'packages/site/bin/llm-interview.js'), 'build', '--quiet', '--pdf', '--content', content, '--out', siteDir, '--site-url', siteUrl], {
    cwd: root,
    maxBuffer: 10 * 1024 * 1024
  })
  project.provide('siteUrl', siteUrl)
  project.provide('siteDir', siteDir)
  return async () => {
    await server.close()
    rmSync(work, {recursive: true, force: true})
  }
}

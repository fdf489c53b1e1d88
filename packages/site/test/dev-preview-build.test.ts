import {createHash} from 'node:crypto'
import {cpSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {build, startDevServer, type DevServer} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, fixtureContentDir, fixtureText} from './content.js'
import {subscribe, type ServerEvent} from './sse.js'

const devScript = '<script type="module" src="/__dev/client.js"></script></body>'

/**
 * Checks that the preview serves every file of a fresh build of the same
 * content, byte for byte (but the dev script it adds to pages); returns
 * the build's files. The preview serves no file the build lacks either:
 * the sitemap and `versions.json`, which list the pages, are among those
 * compared.
 */
async function expectServesFreshBuild(server: DevServer, content: string): Promise<Map<string, Buffer>> {
  const fresh = await build({contentDir: content, outDir: '', siteUrl: server.url, pdf: 'never', write: false, home: 'next'})
  expect(fresh.ok).toBe(true)
  const files = new Map(fresh.site.map((file) => [file.path, Buffer.from(file.content)]))
  await expectServes(server, files)
  return files
}

async function expectServes(server: DevServer, files: ReadonlyMap<string, Buffer>): Promise<void> {
  const mismatched: string[] = []
  for (const [file, expected] of files) {
    const response = await fetch(`${server.url}${encodeURI(file)}`)
    let served = Buffer.from(await response.arrayBuffer())
    if (file.endsWith('.html')) served = Buffer.from(served.toString('utf8').replace(devScript, '</body>'))
    if (response.status !== 200 || !served.equals(expected)) mismatched.push(file)
  }
  expect(mismatched).toEqual([])
}

/** Records `text` as released `version` of the guide at `guideDir`, with its checksum, as `release` does. */
function writeRelease(guideDir: string, version: string, text: string): void {
  writeFileSync(path.join(guideDir, 'versions', `${version}.md`), text)
  const file = path.join(guideDir, 'versions', 'checksums.json')
  const checksums = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  checksums[`${version}.md`] = createHash('sha256').update(text).digest('hex')
  writeFileSync(file, JSON.stringify(checksums, null, 2) + '\n')
}

describe('llm-interview dev serves what a build makes', () => {
  it('after each edit of a sequence: the source, a linked file, a release, a new release, a guide added and removed, an error and its fix', async () => {
    const content = contentCopy(['ml-platform'])
    const guideDir = path.join(content, 'ml-platform')
    const source = path.join(guideDir, 'guide.md')
    const server = await startDevServer({contentDir: content, port: 0, log: () => {}})
    const events = await subscribe(`${server.url}__dev/events`)
    const isReload = (e: ServerEvent) => e.event === 'reload'
    // After the watcher's build (`event`), a build of what is on disk now: the edit may have taken several builds.
    const edited = async (edit: () => void, event: (e: ServerEvent) => boolean = isReload) => {
      const seen = events.next(event)
      edit()
      const found = await seen
      await server.rebuild()
      return found
    }
    try {
      await expectServesFreshBuild(server, content)

      await edited(() => writeFileSync(source, replaceOnce(fixtureText('ml-platform'), '### 1.1 分布式训练 (15分钟)', '### 1.1 分布式训练（修订） (15分钟)')))
      expect((await (await fetch(`${server.url}ml-platform/next/`)).text())).toContain('分布式训练（修订）')
      await expectServesFreshBuild(server, content)

      // A link to a file of the repository, published with the version; then that file alone edited.
      const notes = path.join(guideDir, 'notes.txt')
      writeFileSync(notes, 'first notes\n')
      await edited(() => writeFileSync(source, replaceOnce(readFileSync(source, 'utf8'), '- 梯度检查点用计算换显存的代价\n', '- 梯度检查点用计算换显存的代价\n- 参考 [笔记](notes.txt)\n')))
      const published = [...(await expectServesFreshBuild(server, content)).keys()].find((file) => file.endsWith('/notes.txt'))
      expect(published).toMatch(/^ml-platform\/next\/files\//)
      await edited(() => writeFileSync(notes, 'second notes\n'))
      expect(await (await fetch(`${server.url}${published}`)).text()).toBe('second notes\n')
      await expectServesFreshBuild(server, content)

      // A released version corrected, its checksum recorded anew: its pages change too.
      await edited(() => writeRelease(guideDir, '1.0.0', replaceOnce(fixtureText('ml-platform', '1.0.0'), '### 1.2 数据管线 (10分钟)', '### 1.2 数据管线（勘误） (10分钟)')))
      expect((await (await fetch(`${server.url}ml-platform/1.0.0/`)).text())).toContain('数据管线（勘误）')
      await expectServesFreshBuild(server, content)

      // A new release: every version's switcher and the latest redirects change.
      await edited(() => writeRelease(guideDir, '1.1.0', readFileSync(source, 'utf8')))
      expect((await fetch(`${server.url}ml-platform/1.1.0/diff/`)).status).toBe(200)
      await expectServesFreshBuild(server, content)

      await edited(() => cpSync(path.join(fixtureContentDir, 'backend-interview'), path.join(content, 'backend-interview'), {recursive: true}))
      expect((await fetch(`${server.url}backend-interview/next/`)).status).toBe(200)
      await expectServesFreshBuild(server, content)

      await edited(() => rmSync(path.join(content, 'backend-interview'), {recursive: true}))
      expect((await fetch(`${server.url}backend-interview/next/`)).status).toBe(404)
      const good = await expectServesFreshBuild(server, content)

      // An error: reported, and the last good build stays served as it was.
      const goodText = readFileSync(source, 'utf8')
      const status = await edited(
        () => writeFileSync(source, replaceOnce(goodText, '### 1.2 数据管线 (10分钟)', '### 1.2 数据管线')),
        (e) => e.event === 'status' && (JSON.parse(e.data) as {errors: string}).errors !== ''
      )
      expect((JSON.parse(status.data) as {errors: string}).errors).toMatch(/小节标题 “1\.2 数据管线” 缺少时长/)
      await expectServes(server, good)

      // Its fix: the reload, and the pages of the fixed text.
      await edited(() => writeFileSync(source, replaceOnce(goodText, '### 1.1 分布式训练（修订） (15分钟)', '### 1.1 分布式训练（再修订） (15分钟)')))
      expect((await (await fetch(`${server.url}ml-platform/next/`)).text())).toContain('分布式训练（再修订）')
      await expectServesFreshBuild(server, content)
    } finally {
      events.close()
      await server.close()
    }
  }, 120_000)
})

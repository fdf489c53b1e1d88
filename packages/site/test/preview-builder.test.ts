import {describe, expect, it} from 'vitest'
import {PreviewBuilder} from '../src/dev/preview-builder.js'
import {contentFolder} from './small-guide.js'

describe('PreviewBuilder', () => {
  it('stops a build that outgrows its memory and says so', async () => {
    const {dir} = contentFolder()
    const builder = new PreviewBuilder({contentDir: dir, cacheDir: undefined, deadline: 600_000, memory: 32, worker: new URL('fixtures/dev/hungry-worker.mjs', import.meta.url)})
    try {
      expect(await builder.run()).toEqual({kind: 'memory', limit: 32})
    } finally {
      await builder.close()
    }
    expect(await builder.run()).toEqual({kind: 'stopped'})
  }, 60_000)

  it('checks the content in its worker and answers the checked guides', async () => {
    const {dir} = contentFolder()
    const builder = new PreviewBuilder({contentDir: dir, cacheDir: undefined, deadline: 600_000})
    try {
      const outcome = await builder.run()
      expect(outcome.kind).toBe('built')
      if (outcome.kind !== 'built') return
      expect(outcome.ok).toBe(true)
      const [entry] = outcome.content?.entries ?? []
      expect(entry).toEqual({id: 'small', next: expect.stringMatching(/^next /), releases: []})
      const sent = new Map(outcome.content?.guides)
      expect(sent.get(entry!.next)?.title).toBe('测试大纲')
      // A guide the server holds is named, not sent again.
      const again = await builder.run([entry!.next])
      expect(again.kind === 'built' && again.content).toMatchObject({entries: [entry], guides: []})
      expect(outcome.problems).toEqual([])
    } finally {
      await builder.close()
    }
  }, 60_000)
})

import {parse} from '@org/llm-interview-parser'
import {describe, expect, it} from 'vitest'
import {BuildCache} from '../src/build/cache.js'
import {checkBytes} from '../src/check-source.js'
import {fixturePath, fixtureText} from './content.js'

describe('identical sources of two versions', () => {
  const bytes = new TextEncoder().encode(fixtureText('ml-platform'))
  const source = (version: string) => ({path: fixturePath('ml-platform'), folderId: 'ml-platform', version})

  it('are parsed once and give what a parse of each version gives, messages included', async () => {
    const cache = new BuildCache()
    const first = await checkBytes(bytes, source('next'), cache)
    const reused = await checkBytes(bytes, source('1.4.0'), cache)
    const fresh = parse(bytes, {path: source('1.4.0').path, version: '1.4.0'})
    expect(fresh.guide?.version).toBe('1.4.0')
    expect(reused.guide).toEqual(fresh.guide)
    expect(first.guide).toEqual({...fresh.guide, version: 'next'})
    const summary = (messages: typeof fresh.messages) => messages.map((m) => [m.reason, m.line, m.column, m.ruleId, m.fatal, m.note])
    expect(summary(reused.messages)).toEqual(summary(fresh.messages))
    expect(reused.messages.length).toBeGreaterThan(0)
  })
})

import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Guide} from '@org/llm-interview-schema'
import {render} from '@org/llm-interview-renderer'
import {describe, expect, it} from 'vitest'
import {executableContent} from '../../renderer/test/unsafe.js'
import {xssCorpus} from '../../renderer/test/xss-corpus.js'

const total = Number(process.env.FUZZ_CASES ?? 100_000)
const guide = JSON.parse(readFileSync(new URL('../../renderer/test/fixtures/backend/guide.json', import.meta.url), 'utf8')) as Guide

/** Every path to a string in the guide, except node types and level ids (which name pages). */
const paths: (string | number)[][] = []
const collect = (value: unknown, path: (string | number)[]) => {
  if (typeof value === 'string' && path.at(-1) !== 'type' && !(path[0] === 'levels' && path.at(-1) === 'id')) paths.push(path)
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i]))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, [...path, k])
}
collect(guide, [])

const hostile = fc.oneof(fc.constantFrom(...xssCorpus), fc.string({unit: 'binary', maxLength: 80}), fc.string({maxLength: 20}))

describe(`fuzzing render with hostile guide JSON (${Math.round(total * 0.15)} cases)`, () => {
  it('never throws and never emits an unsafe element, attribute or URL', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), hostile), {minLength: 1, maxLength: 12}), fc.constantFrom('guide', 'print', 'runsheet', 'scorecard'), fc.boolean(), (edits, page, level) => {
        const copy = structuredClone(guide) as unknown as Record<string | number, unknown>
        for (const [index, value] of edits) {
          const path = paths[index]!
          let node = copy as Record<string | number, unknown>
          for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
          node[path.at(-1)!] = value
        }
        const html = render(copy as unknown as Guide, {page: page as 'guide', ...(level ? {level: guide.levels[0]!.id} : {})})
        expect(executableContent(html)).toEqual([])
      }),
      {numRuns: Math.max(1, Math.round(total * 0.15))}
    )
  })
})

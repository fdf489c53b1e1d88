import {readFileSync} from 'node:fs'
import {GuideSchema, type Guide} from '@org/llm-interview-schema'
import type {RenderOptions} from '@org/llm-interview-renderer'

const root = new URL('fixtures/', import.meta.url)

/** Every page a guide has: full, each level, print, run-sheet, scorecard, interview. */
export function pagesOf(guide: Guide): [string, RenderOptions][] {
  const kinds = ['guide', 'print', 'runsheet', 'scorecard', 'interview'] as const
  return [undefined, ...guide.levels.map((l) => l.id)].flatMap((level) =>
    kinds.map((page): [string, RenderOptions] => [`${level ?? 'full'}-${page}`, {page, ...(level ? {level} : {})}])
  )
}

/** A fixture guide, validated. */
export function loadGuide(name: string): Guide {
  return GuideSchema.parse(JSON.parse(readFileSync(new URL(`${name}/guide.json`, root), 'utf8')))
}


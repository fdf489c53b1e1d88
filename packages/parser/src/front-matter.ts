import type {Duration} from '@org/llm-interview-schema'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {parseDuration} from './duration.js'
import {readLevels} from './front-matter-levels.js'
import {report} from './report.js'
import {describe, isNode, keyOf} from './yaml-nodes.js'

/** A level as declared in the front matter, before it meets the body. */
export interface LevelDeclaration {
  id: string
  label: string
  plan: PlanDeclaration[]
  position: Position
  labelPosition: Position
}

export interface PlanDeclaration {
  section: string
  role: string
  minutes: number | undefined
  position: Position
  sectionPosition: Position
  rolePosition: Position
}

/** What the front matter says, each value with where it was written. */
export interface FrontMatter {
  id?: string
  lang?: string
  duration?: Duration
  levels: LevelDeclaration[]
  levelsPosition?: Position
  /** Where each key was written, so messages about a value can point at its line. */
  places: Partial<Record<FrontMatterKey, Position>>
}

const keys = ['id', 'lang', 'duration', 'levels'] as const

/** A key of the front matter. */
export type FrontMatterKey = (typeof keys)[number]

/**
 * Reads the YAML front matter (everything as strings: `1.10` stays `1.10`)
 * and reports every mistake at its line in the Markdown file. `startLine` is
 * the line of the Markdown file where the YAML text begins.
 */
export function readFrontMatter(value: string, startLine: number, file: VFile): FrontMatter {
  const lineCounter = new LineCounter()
  const doc = parseDocument(value, {schema: 'failsafe', lineCounter, prettyErrors: false, uniqueKeys: true})
  const place = (range: readonly number[] | null | undefined): Position => {
    const [from = 0, to = from] = range ?? []
    const start = lineCounter.linePos(from)
    const end = lineCounter.linePos(to)
    return {
      start: {line: start.line + startLine - 1, column: start.col},
      end: {line: end.line + startLine - 1, column: end.col}
    }
  }
  const result: FrontMatter = {levels: [], places: {}}
  // One YAML mistake often derails the rest of the block: report the first.
  const [error] = [...doc.errors, ...doc.warnings]
  if (error) {
    const more = doc.errors.length + doc.warnings.length - 1
    report(file, {
      message: 'front-matter/yaml',
      params: {code: error.code.toLowerCase().replaceAll('_', ' '), detail: error.message.split('\n')[0] ?? 'Fix the YAML syntax.', more},
      place: place(error.pos)
    })
  }
  if (doc.errors.length > 0) return result
  const root = doc.contents
  if (!isMap(root)) {
    report(file, {
      message: 'front-matter/not-mapping',
      place: place(root?.range ?? [0, 0])
    })
    return result
  }
  const scalar = (node: unknown, what: string, at: Position): string | undefined => {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim()
    report(file, {
      message: 'front-matter/not-text',
      params: {...describe(node), what},
      place: isNode(node) ? place(node.range) : at
    })
    return undefined
  }
  const present = new Set(root.items.map(keyOf))
  const missing = (['id', 'lang', 'duration'] as const).filter((key) => !present.has(key))
  if (missing.length > 0) {
    report(file, {
      message: 'front-matter/missing-keys',
      params: {missing},
      place: place(root.range)
    })
  }
  for (const pair of root.items) {
    const key = keyOf(pair)
    const keyAt = place(isNode(pair.key) ? pair.key.range : undefined)
    if (!keys.includes(key as (typeof keys)[number])) {
      report(file, {
        message: 'front-matter/unknown-key',
        params: {key, allowed: keys},
        place: keyAt
      })
      continue
    }
    result.places[key as FrontMatterKey] = keyAt
    if (key === 'id') {
      const id = scalar(pair.value, 'id', keyAt)
      if (id !== undefined && !/^[a-z][a-z0-9-]*$/.test(id)) {
        report(file, {
          message: 'front-matter/id',
          params: {id},
          place: place((pair.value as YamlNode).range)
        })
      } else result.id = id
    } else if (key === 'lang') {
      const lang = scalar(pair.value, 'lang', keyAt)
      if (lang !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) {
        report(file, {
          message: 'front-matter/lang',
          params: {lang},
          place: place((pair.value as YamlNode).range)
        })
      } else result.lang = lang
    } else if (key === 'duration') {
      const text = scalar(pair.value, 'duration', keyAt)
      if (text === undefined) continue
      const duration = parseDuration(text)
      if (duration) result.duration = duration
      else
        report(file, {
          message: 'front-matter/duration',
          params: {text},
          place: place((pair.value as YamlNode).range)
        })
    } else {
      result.levelsPosition = keyAt
      result.levels = readLevels(pair.value, {place, scalar, file, at: keyAt})
    }
  }
  return result
}

import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {isMap, isScalar, isSeq, type Node as YamlNode, type Pair} from 'yaml'
import type {YamlValueParams} from './messages/describe.js'
import {report} from './report.js'

/** What reading a YAML node needs: positions in the Markdown file, and the file for messages. */
export interface Reader {
  place: (range: readonly number[] | null | undefined) => Position
  scalar: (node: unknown, what: string, at: Position) => string | undefined
  file: VFile
  at: Position
}

/** The fields of a YAML mapping that are allowed, reporting the others. */
export function readMap<K extends string>(
  node: unknown,
  allowed: readonly K[],
  what: 'level' | 'plan-entry',
  reader: Reader
): Partial<Record<K, Pair>> | undefined {
  const {place, file} = reader
  if (!isMap(node)) {
    report(file, {
      message: 'front-matter/not-mapping-for',
      params: {...describe(node), what},
      place: isNode(node) ? place(node.range) : reader.at
    })
    return undefined
  }
  const fields: Partial<Record<K, Pair>> = {}
  for (const pair of node.items) {
    const key = keyOf(pair)
    if (allowed.includes(key as K)) fields[key as K] = pair as Pair
    else
      report(file, {
        message: 'front-matter/unknown-key-in',
        params: {key, what, allowed},
        place: place(isNode(pair.key) ? pair.key.range : undefined)
      })
  }
  return fields
}

export function keyOf(pair: Pair<unknown, unknown>): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}

export function isNode(node: unknown): node is YamlNode {
  return typeof node === 'object' && node !== null && 'range' in node
}

/** A YAML value as message values (see messages/describe.ts). */
export function describe(node: unknown): YamlValueParams {
  if (node === null || node === undefined) return {value: 'empty'}
  if (isSeq(node)) return {value: 'list'}
  if (isMap(node)) return {value: 'mapping'}
  if (isScalar(node)) return node.value === null || node.value === '' ? {value: 'empty'} : {value: 'scalar', text: String(node.value)}
  return {value: 'other'}
}

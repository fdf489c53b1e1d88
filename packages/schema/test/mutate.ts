import fc from 'fast-check'

/** One edit of a guide's JSON: at the `target`-th place of its tree (modulo their number), do `op`. */
export interface Mutation {
  target: number
  op: 'delete' | 'extra' | 'replace' | 'edge' | 'reverse-duration'
  key: string
  value: unknown
  edge: number
}

/** Values at the edges of the model's rules, by the type of the value they replace. */
const edges: Record<string, readonly unknown[]> = {
  string: ['', 'print', 'latest', 'Print', 'a b', '1.0', '1.0.0-rc', 'part-x', 'rubric-', '1.1.1', 'zh_CN', 'x'.repeat(40), '\u0000', '😀', '-a'],
  number: [-1, 0, 0.5, 1, 101, 100.0001, 2 ** 53, -0, 1e308, 9007199254740991, 9007199254740993],
  boolean: ['true', 0, null],
  object: [[], null, 'x', {}],
  array: [{}, null, [null], [1], ['x'], [{}]]
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  op: fc.constantFrom('delete', 'extra', 'replace', 'edge', 'edge', 'reverse-duration'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'note', 'type', 'id', '$ref', 'children'), fc.string({maxLength: 6})),
  value: fc.jsonValue({maxDepth: 2}),
  edge: fc.nat()
})

type Node = Record<string, unknown> | unknown[]
interface Place {
  parent: Node
  key: string | number
}

function places(root: unknown): Place[] {
  const found: Place[] = []
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    for (const [key, child] of Object.entries(node)) {
      found.push({parent: node as Node, key: Array.isArray(node) ? Number(key) : key})
      walk(child)
    }
  }
  walk(root)
  return found
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'object' : typeof value
}

/** Sets an own property, even `__proto__`, as JSON.parse would. */
function define(node: Node, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, {value, enumerable: true, writable: true, configurable: true})
}

/** A copy of `guide` (JSON data) with the mutations applied, as JSON data again. */
export function mutate(guide: unknown, mutations: readonly Mutation[]): unknown {
  const root = {guide: JSON.parse(JSON.stringify(guide)) as unknown}
  for (const m of mutations) {
    const all = places(root)
    if (all.length === 0) break
    const {parent, key} = all[m.target % all.length]!
    const current = (parent as Record<string | number, unknown>)[key]
    if (m.op === 'delete') {
      // Deleting the guide itself leaves nothing: JSON `null` stands for it.
      if (parent === root) define(root, key, null)
      else if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key as string]
    } else if (m.op === 'extra') {
      const host = typeof current === 'object' && current !== null ? (current as Node) : parent === root ? undefined : parent
      if (host === undefined) continue
      if (Array.isArray(host)) host.push(m.value)
      else define(host, m.key, m.value)
    } else if (m.op === 'replace') {
      define(parent, key, m.value)
    } else if (m.op === 'edge') {
      const choices = edges[typeOf(current)]!
      define(parent, key, choices[m.edge % choices.length])
    } else {
      const durations = places(root).map((p) => (p.parent as Record<string | number, unknown>)[p.key]).filter((v): v is {min: number; max: number} => typeof v === 'object' && v !== null && typeof (v as {max?: unknown}).max === 'number' && 'min' in v)
      const duration = durations[m.target % Math.max(durations.length, 1)]
      if (duration) duration.min = duration.max + 1 + (m.edge % 5)
    }
  }
  return JSON.parse(JSON.stringify(root.guide)) as unknown
}

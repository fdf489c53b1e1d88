/** A JSON Schema (draft 2020-12) or a sub-schema of one. */
export type JsonSchema = {[keyword: string]: unknown} | boolean

/** A JSON Schema that is an object (not `true`/`false`). */
export type Schema = {[keyword: string]: unknown}

/** The `$ref` of a node, if it is one. */
export function refOf(node: JsonSchema): string | undefined {
  return typeof node === 'object' && typeof node.$ref === 'string' ? node.$ref : undefined
}

/** The schema a node stands for: a `$ref` replaced by its target (sibling keywords kept). */
export function resolve(node: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = refOf(node)
  if (ref === undefined || typeof node === 'boolean') return node
  const target = ref === '#' ? root : pointer(root, ref)
  if (target === undefined) throw new Error(`Unexpected unresolvable $ref \`${ref}\`, expected a local reference such as #/$defs/Name`)
  const {$ref: _ref, ...siblings} = node
  if (typeof target === 'boolean' || Object.keys(siblings).length === 0) return target
  return {...target, ...siblings}
}

function pointer(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#/')) return undefined
  let node: unknown = root
  for (const part of ref.slice(2).split('/')) {
    const key = decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~')
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined
  }
  return node as JsonSchema | undefined
}

/** The name of the definition the root refers to (`Guide`). */
export function rootName(schema: JsonSchema): string | undefined {
  return refOf(schema)?.split('/').at(-1)
}

/** The members of an `anyOf`/`oneOf`, if the schema is a union. */
export function unionMembers(schema: Schema): JsonSchema[] | undefined {
  return (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined
}

/** The JSON types a schema allows (sorted), or undefined for any. */
export function typesOf(schema: Schema): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type]
  if (Array.isArray(schema.type)) return [...(schema.type as string[])].sort()
  return undefined
}

/** The values a `const` or `enum` allows, or undefined for any. */
export function valuesOf(schema: Schema): unknown[] | undefined {
  if ('const' in schema) return [schema.const]
  return Array.isArray(schema.enum) ? schema.enum : undefined
}

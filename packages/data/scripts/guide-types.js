// TypeScript declarations of the guide model, from the schema package's
// JSON Schema: the data package's types, so that installing it needs neither
// the schema package nor zod. Every `$defs` entry becomes an exported type of
// the same name (the names of the schema package's types) with its
// `description`s as doc comments; the data package's tests check that the
// result and the schema package's `Guide` accept each other.

/**
 * The text of a TypeScript module declaring one type per `$defs` entry of
 * `schema` (a JSON Schema as `z.toJSONSchema` writes it).
 */
export function guideTypesModule(schema, banner) {
  const defs = Object.entries(schema.$defs ?? {})
  // The guide itself: a `$defs` entry the root refers to, or the root.
  if (schema.$ref !== '#/$defs/Guide') defs.unshift(['Guide', {...schema, $defs: undefined, $schema: undefined, $id: undefined}])
  const declarations = defs.map(([name, def]) => {
    const doc = docComment(def.description, '')
    if (isObject(def)) return `${doc}export interface ${name} ${objectType(def, '')}`
    return `${doc}export type ${name} = ${typeOf(def, '')}`
  })
  return `${banner}\n\n${declarations.join('\n\n')}\n`
}

function isObject(schema) {
  return schema.type === 'object' && schema.properties !== undefined && !schema.anyOf && !schema.oneOf
}

/** The TypeScript type of a (sub)schema; `indent` is that of the line it starts on. */
function typeOf(schema, indent) {
  if (schema === true || schema === undefined || Object.keys(schema).every((key) => annotations.has(key))) return 'unknown'
  if (schema === false) return 'never'
  if (schema.$ref) return refName(schema.$ref)
  if ('const' in schema) return JSON.stringify(schema.const)
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  if (schema.anyOf || schema.oneOf) return union((schema.anyOf ?? schema.oneOf).map((member) => typeOf(member, indent)))
  if (schema.allOf) return schema.allOf.map((member) => wrap(typeOf(member, indent))).join(' & ')
  if (Array.isArray(schema.type)) return union(schema.type.map((type) => typeOf({...schema, type}, indent)))
  switch (schema.type) {
    case 'string':
      return 'string'
    case 'number':
    case 'integer':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'array':
      if (schema.prefixItems) return `[${schema.prefixItems.map((item) => typeOf(item, indent)).join(', ')}${schema.items === false || schema.items === undefined ? '' : `, ...${wrap(typeOf(schema.items, indent))}[]`}]`
      return `${wrap(typeOf(schema.items, indent))}[]`
    case 'object':
      return objectType(schema, indent)
    default:
      throw new Error(`Unexpected JSON Schema ${JSON.stringify(schema).slice(0, 80)}, expected a type the guide schema uses`)
  }
}

/** Keywords that do not change the TypeScript type. */
const annotations = new Set(['description', 'title', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', '$id', '$schema'])

function objectType(schema, indent) {
  const inner = `${indent}  `
  const required = new Set(schema.required ?? [])
  const members = Object.entries(schema.properties ?? {}).map(
    ([key, property]) => `${docComment(property.description, inner)}${inner}${propertyKey(key)}${required.has(key) ? '' : '?'}: ${typeOf(property, inner)}`
  )
  const rest = schema.additionalProperties
  // `true` is the contract's open-object policy: unknown fields are accepted
  // and ignored (zod strips them), so the type, like zod's output, names only
  // the known ones. A schema for the extra values is a real index signature.
  if (rest !== undefined && typeof rest === 'object') members.push(`${inner}[key: string]: ${typeOf(rest, inner)}`)
  return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n${indent}}`
}

function refName(ref) {
  const match = /^#\/\$defs\/([A-Za-z_$][\w$]*)$/.exec(ref)
  if (!match) throw new Error(`Unexpected $ref \`${ref}\`, expected #/$defs/<Name>`)
  return match[1]
}

function union(types) {
  return [...new Set(types)].join(' | ')
}

/** Parentheses around a union or intersection used as a member or array element. */
function wrap(type) {
  return /^[\w$".]+(\[\])*$/.test(type) || type.startsWith('{') ? type : `(${type})`
}

function propertyKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
}

function docComment(text, indent) {
  if (typeof text !== 'string' || text === '') return ''
  const lines = text.replaceAll('*/', '*\\/').split('\n')
  return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`
}

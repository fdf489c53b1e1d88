import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const sources = readdirSync(new URL('./', import.meta.url)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))

/** Each field's doc comment and the `.describe()` text of its schema, in one source file. */
function fieldDocs(source: string): {field: string; doc: string; description: string | undefined}[] {
  const field = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n[ \t]*(?:get (\w+)\(\) \{|(\w+):)/g
  const matches = [...source.matchAll(field)]
  return matches.map((match, i) => {
    const doc = match[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
      .filter(Boolean)
      .join(' ')
    // The field's schema runs to the next doc comment.
    const body = source.slice(match.index + match[0].length, matches[i + 1]?.index ?? source.length)
    const described = /\.describe\('((?:[^'\\]|\\.)*)'\)/.exec(body)?.[1]?.replace(/\\(.)/g, '$1')
    return {field: match[2] ?? match[3]!, doc, description: described}
  })
}

describe('field descriptions', () => {
  it.each(sources)('%s: each .describe() says what the field doc comment says', (name) => {
    const fields = fieldDocs(readFileSync(new URL(name, import.meta.url), 'utf8')).filter((f) => f.description !== undefined)
    expect(fields.map((f) => [f.field, f.description])).toEqual(fields.map((f) => [f.field, f.doc]))
  })

  it('finds the fields of the model', () => {
    const fields = sources.flatMap((name) => fieldDocs(readFileSync(new URL(name, import.meta.url), 'utf8')))
    // Every field but `kind` and `role`, whose enum schemas carry a fuller description of their own.
    expect(fields.filter((f) => f.description === undefined).map((f) => f.field).sort()).toEqual(['kind', 'role'])
    expect(fields.length).toBeGreaterThanOrEqual(88)
  })
})

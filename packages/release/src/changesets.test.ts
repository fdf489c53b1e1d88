import {describe, expect, it} from 'vitest'
import {changesetsBumping, parseChangeset} from './changesets.js'

describe('parseChangeset', () => {
  it('reads the bumps and the summary', () => {
    const text = '---\n"@org/guide-llm-interview": minor\n\'@org/llm-interview-schema\': major\n---\n\nAdd questions on speculative decoding.\n'
    expect(parseChangeset(text, 'brave-owls.md')).toEqual({
      file: 'brave-owls.md',
      releases: {'@org/guide-llm-interview': 'minor', '@org/llm-interview-schema': 'major'},
      summary: 'Add questions on speculative decoding.'
    })
  })

  it('accepts an empty changeset', () => {
    expect(parseChangeset('---\n---\n\nNothing to release.\n', 'empty.md').releases).toEqual({})
  })

  it('rejects a file without front matter or with an unknown bump', () => {
    expect(() => parseChangeset('Just text', 'x.md')).toThrow('x.md: unexpected changeset without front matter')
    expect(() => parseChangeset('---\na: huge\n---\n', 'y.md')).toThrow('y.md: unexpected bump `huge` for a')
  })
})

describe('changesetsBumping', () => {
  const changesets = [parseChangeset('---\na: major\n---\n', '1.md'), parseChangeset('---\na: patch\nb: minor\n---\n', '2.md'), parseChangeset('---\nb: none\n---\n', '3.md')]

  it('finds the changesets that bump a package, by kind', () => {
    expect(changesetsBumping(changesets, 'a').map((c) => c.file)).toEqual(['1.md', '2.md'])
    expect(changesetsBumping(changesets, 'a', ['major']).map((c) => c.file)).toEqual(['1.md'])
    expect(changesetsBumping(changesets, 'b').map((c) => c.file)).toEqual(['2.md'])
  })
})

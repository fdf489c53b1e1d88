import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeRelease} from './release.js'

describe('writeRelease', () => {
  it('writes the version file and records its checksum beside the others', () => {
    const guide = mkdtempSync(path.join(tmpdir(), 'test-utils-release-'))
    writeRelease(guide, '1.0.0', 'one\n')
    writeRelease(guide, '1.1.0', 'two\n')
    expect(readFileSync(path.join(guide, 'versions', '1.1.0.md'), 'utf8')).toBe('two\n')
    const sha = (text: string) => createHash('sha256').update(text).digest('hex')
    expect(JSON.parse(readFileSync(path.join(guide, 'versions', 'checksums.json'), 'utf8'))).toEqual({'1.0.0.md': sha('one\n'), '1.1.0.md': sha('two\n')})
  })
})

import {execFile} from 'node:child_process'
import {createRequire} from 'node:module'
import {promisify} from 'node:util'
import {describe, expect, inject, it} from 'vitest'

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

describe('the W3C Nu HTML checker', () => {
  it('reports no error on any built page', async () => {
    const result = await promisify(execFile)('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'text', inject('siteDir')], {maxBuffer: 20 * 1024 * 1024}).then(
      ({stdout, stderr}) => ({code: 0, output: `${stdout}${stderr}`}),
      (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, output: `${error.stdout}${error.stderr}`})
    )
    const lines = result.output.trim().split('\n').filter(Boolean)
    expect(lines.filter((line) => !/^Document checking completed\. No errors found\.$/.test(line)).slice(0, 20)).toEqual([])
    expect(lines).toContain('Document checking completed. No errors found.')
    expect(result.code).toBe(0)
  }, 180_000)
})

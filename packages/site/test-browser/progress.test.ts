import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {main, type Io} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {contentFolder} from '../test/small-guide.js'

async function buildWith(progress: boolean): Promise<{code: number; stderr: string}> {
  const {dir} = contentFolder()
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'llm-interview-progress-')), 'site')
  let stderr = ''
  const io: Io = {stdout: () => undefined, stderr: (t) => void (stderr += t), color: false, progress}
  const code = await main(['build', '--pdf', '--no-cache', '--content', dir, '--out', out], io)
  return {code, stderr}
}

describe('build progress', () => {
  it('counts the PDFs on a terminal, then clears the line', async () => {
    const {code, stderr} = await buildWith(true)
    expect(code).toBe(0)
    // The small guide has no levels: one print document.
    expect(stderr).toContain('\r\u001b[2KPDF 1/1\r\u001b[2K')
  })

  it('prints no progress when not on a terminal or in CI', async () => {
    const {code, stderr} = await buildWith(false)
    expect(code).toBe(0)
    expect(stderr).not.toContain('PDF 1/1')
    expect(stderr).not.toContain('\r')
  })
})

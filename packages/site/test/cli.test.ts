import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {GuideSchema} from '@org/llm-interview-schema'
import {main, type Io} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'

const repo = new URL('../../../', import.meta.url)
const contentDir = new URL('content/', repo).pathname
const seed = readFileSync(new URL('llm-interview/guide.md', new URL('content/', repo)), 'utf8')

async function run(...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: Io = {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false}
  const code = await main(argv, io)
  return {code, stdout, stderr}
}

/** A content folder holding the seed with one edit, as an editor would make it. */
function contentWith(edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-'))
  mkdirSync(path.join(dir, 'llm-interview'))
  writeFileSync(path.join(dir, 'llm-interview', 'guide.md'), edit(seed))
  return dir
}

/** The 1-based line of the first line of the seed containing `text`. */
function lineOf(text: string): number {
  const index = seed.split('\n').findIndex((line) => line.includes(text))
  expect(index, text).toBeGreaterThanOrEqual(0)
  return index + 1
}

function replaceOnce(from: string, to: string) {
  return (text: string) => {
    expect(text).toContain(from)
    return text.replace(from, to)
  }
}

describe('llm-interview check', () => {
  it('passes the content folder with a warning about the planned total', async () => {
    const {code, stdout} = await run('check', contentDir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/warning.*130 minutes.*90-120/)
    expect(stdout).toContain('total-duration')
  })

  const mistakes: [string, (text: string) => string, string, string][] = [
    ["a section's minutes changed", replaceOnce('### 1.2 大模型规模化原理 (8分钟)', '### 1.2 大模型规模化原理 (9分钟)'), '## 一、理论基础与架构理解', 'part-duration'],
    ['a duration removed', replaceOnce('### 2.2 微调与对齐技术 (10分钟)', '### 2.2 微调与对齐技术'), '### 2.2 微调与对齐技术', 'duration'],
    ['a duplicate ### 1.2', replaceOnce('### 1.3 常见模型家族对比', '### 1.2 常见模型家族对比'), '### 1.3 常见模型家族对比', 'numbering'],
    ['a skipped heading level', replaceOnce('#### 缩放定律 (Scaling Laws)', '##### 缩放定律 (Scaling Laws)'), '#### 缩放定律 (Scaling Laws)', 'heading-order'],
    ['a rubric weight changed', replaceOnce('### 系统思维能力 (20%)', '### 系统思维能力 (25%)'), '## 评分标准与考核要点', 'rubric-weight'],
    ['raw HTML in an item', replaceOnce('  - 正弦位置编码的数学原理', '  - 正弦位置编码的<span onclick="x()">数学</span>原理'), '  - 正弦位置编码的数学原理', 'no-html'],
    ['a javascript: link', replaceOnce('- OpenAI技术博客', '- [OpenAI技术博客](javascript:alert(document.cookie))'), '- OpenAI技术博客', 'unsafe-url'],
    ['a section without objective', replaceOnce('**考核目标：** 了解生产环境的监控和运维要求\n', ''), '### 4.2 监控与运维', 'objective']
  ]
  for (const [name, edit, lineText, ruleId] of mistakes) {
    it(`fails with an error at the right line for ${name}`, async () => {
      const dir = contentWith(edit)
      const {code, stdout} = await run('check', dir, '--format', 'json')
      expect(code).toBe(1)
      const messages = JSON.parse(stdout) as {line: number; severity: string; ruleId: string; file: string}[]
      const errors = messages.filter((m) => m.severity === 'error')
      expect(errors.map((m) => `${m.line} ${m.ruleId}`)).toContain(`${lineOf(lineText)} ${ruleId}`)
      expect(errors.every((m) => m.file.endsWith(path.join('llm-interview', 'guide.md')))).toBe(true)
    })
  }

  it('fails on an empty file', async () => {
    const dir = contentWith(() => '')
    const {code, stdout} = await run('check', dir)
    expect(code).toBe(1)
    expect(stdout).toMatch(/1:1\s+error\s+Unexpected empty file/)
  })

  it('prints file, position, severity, rule and message as JSON', async () => {
    const {code, stdout} = await run('check', contentDir, '--format', 'json')
    expect(code).toBe(0)
    // content/ may hold other guides, with warnings of their own.
    const warning = (JSON.parse(stdout) as Record<string, unknown>[]).find((m) => /llm-interview[/\\]guide\.md$/.test(String(m.file)))
    expect(warning).toMatchObject({
      file: expect.stringMatching(/llm-interview[/\\]guide\.md$/),
      line: lineOf('# AI大模型训练推理及优化面试大纲'),
      column: 1,
      severity: 'warning',
      ruleId: 'total-duration',
      message: expect.stringContaining('130'),
      hint: expect.any(String)
    })
  })

  it('shows a hint for every message in the text report', async () => {
    const dir = contentWith(replaceOnce('### 1.2 大模型规模化原理 (8分钟)', '### 1.2 大模型规模化原理 (9分钟)'))
    const {stdout} = await run('check', dir)
    expect(stdout).toContain('[note]')
    expect(stdout).toMatch(/change a section's minutes or the part's/)
  })

  it('reports a guide whose id is not its folder name', async () => {
    const dir = contentWith(replaceOnce('id: llm-interview', 'id: other-guide'))
    const {code, stdout} = await run('check', dir)
    expect(code).toBe(1)
    expect(stdout).toContain('guide-id')
  })

  it('reports a missing path and a folder without guides', async () => {
    expect((await run('check', path.join(tmpdir(), 'no-such-folder-here'))).code).toBe(1)
    const empty = mkdtempSync(path.join(tmpdir(), 'llm-interview-empty-'))
    const {code, stdout} = await run('check', empty)
    expect(code).toBe(1)
    expect(stdout).toContain('no-guides')
  })

  it('checks released versions with their version', async () => {
    const dir = contentWith((t) => t)
    mkdirSync(path.join(dir, 'llm-interview', 'versions'))
    writeFileSync(path.join(dir, 'llm-interview', 'versions', '1.0.0.md'), seed)
    const {code, stdout} = await run('check', dir)
    expect(code).toBe(0)
    expect(stdout).toContain(path.join('versions', '1.0.0.md'))
  })
})

describe('llm-interview parse', () => {
  it('prints the validated guide JSON', async () => {
    const {code, stdout} = await run('parse', path.join(contentDir, 'llm-interview', 'guide.md'))
    expect(code).toBe(0)
    const guide = GuideSchema.parse(JSON.parse(stdout))
    expect(guide.parts).toHaveLength(6)
  })

  it('prints diagnostics on stderr and nothing on stdout when the file has errors', async () => {
    const dir = contentWith(replaceOnce('### 2.2 微调与对齐技术 (10分钟)', '### 2.2 微调与对齐技术'))
    const {code, stdout, stderr} = await run('parse', path.join(dir, 'llm-interview', 'guide.md'))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`${lineOf('### 2.2 微调与对齐技术')}:1-\\S+\\s+error`))
  })

  it('refuses wrong usage with exit code 2', async () => {
    expect((await run('parse')).code).toBe(2)
    expect((await run('frobnicate')).code).toBe(2)
    expect((await run('check', '--format', 'xml')).code).toBe(2)
    expect((await run('--nope')).code).toBe(2)
    const help = await run('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: llm-interview')
  })
})

describe('the llm-interview bin', () => {
  const bin = new URL('../bin/llm-interview.js', import.meta.url).pathname
  it('runs the built CLI and never shows a stack trace for a content mistake', async () => {
    expect(existsSync(new URL('../dist/index.js', import.meta.url)), 'build first: npm test runs the build').toBe(true)
    const dir = contentWith(() => '\u0000\u0001binary')
    const result = await promisify(execFile)(process.execPath, [bin, 'check', dir]).then(
      () => ({code: 0, stdout: '', stderr: ''}),
      (error: {code: number; stdout: string; stderr: string}) => error
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('encoding')
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /)
  })
})

import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {GuideSchema} from '@org/llm-interview-schema'
import {describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {contentCopy, fixturePath} from './content.js'
import {runCli} from './run-cli.js'

const run = (...argv: string[]) => runCli(argv)

/** A content folder with the ml-platform fixture, its `guide.md` edited as an editor would. */
function mlPlatformWith(edit: (text: string) => string): string {
  return contentCopy(['ml-platform'], {released: false, edit: {'ml-platform': edit}})
}

const edit = (anchor: string, replacement: string) => (text: string) => replaceOnce(text, anchor, replacement)

describe('llm-interview check', () => {
  it('passes a content folder whose only issues are warnings, and prints them in the guide\'s language', async () => {
    // The fixtures are zh-CN guides: their messages are Chinese; the released version's warning is counted, not shown.
    const {code, stdout} = await run('check', contentCopy())
    expect(code).toBe(0)
    expect(stdout).toMatch(/5:1-5:9\s+warning\s+计划总时长为 87 分钟，建议时长为 60-80 分钟\s+total-duration/)
    expect(stdout).toContain('修改建议：一场面试只用大纲的一部分')
    expect(stdout).toContain(`${path.join('backend-interview', 'guide.md')}: no issues found`)
    expect(stdout).toContain('⚠ 1 warning')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('已隐藏已发布版本中的 1 条警告；加 --all 可显示。')
  })

  it('shows the warnings of released versions with --all, and English messages with --lang en', async () => {
    const {code, stdout} = await run('check', contentCopy(), '--all', '--lang', 'en')
    expect(code).toBe(0)
    expect(stdout).toMatch(/5:1-5:9\s+warning\s+Unexpected planned total of 87 minutes, expected 60-80 minutes as recommended\s+total-duration/)
    expect(stdout).toContain(`${path.join('backend-interview', 'guide.md')}: no issues found`)
    expect(stdout).toContain('2 warnings')
    expect(stdout).not.toContain('--all shows them')
    const hidden = await run('check', contentCopy(), '--lang', 'en')
    expect(hidden.stdout.trimEnd().split('\n').at(-1)).toBe('1 warning in frozen versions hidden; --all shows them.')
  })

  it('refuses a --lang without a message catalogue', async () => {
    const {code, stderr} = await run('check', contentCopy(), '--lang', 'fr')
    expect(code).toBe(2)
    expect(stderr).toContain('llm-interview check: 不支持 --lang “fr”，应为 “en” 或 “zh-CN”\n用法：llm-interview check [...paths]')
    for (const command of ['build', 'dev']) {
      const refused = await run(command, '--content', contentCopy(), '--lang', 'zh')
      expect(refused.code, command).toBe(2)
      expect(refused.stderr).toContain(`llm-interview ${command}: 不支持 --lang “zh”`)
    }
    expect((await run('check', contentCopy(), '--lang', 'en-GB')).stderr).toContain('Unexpected --lang `en-GB`, expected `en` or `zh-CN`')
  })

  // [what the editor did, the edit, the line of ml-platform/guide.md the error is at, its rule]
  const mistakes: [string, (text: string) => string, number, string][] = [
    ["a section's minutes changed", edit('### 1.2 数据管线 (10分钟)', '### 1.2 数据管线 (11分钟)'), 48, 'part-duration'],
    ['a duration removed', edit('### 2.2 生成与缓存 (10分钟)', '### 2.2 生成与缓存'), 98, 'duration'],
    ['a duplicate ### 1.2', edit('### 1.3 实验管理', '### 1.2 实验管理'), 76, 'numbering'],
    ['a skipped heading level', edit('#### 数据质量', '##### 数据质量'), 68, 'heading-order'],
    ['a rubric weight changed', edit('### 沟通与协作 (20%)', '### 沟通与协作 (25%)'), 144, 'rubric-weight'],
    ['raw HTML in an item', edit('- 分页管理缓存的好处', '- 分页管理<span onclick="x()">缓存</span>的好处'), 107, 'no-html'],
    ['a javascript: link', edit('- Ray 与 Kubeflow 等调度框架', '- [Ray](javascript:alert(document.cookie))'), 178, 'unsafe-url'],
    ['a section without objective', edit('**考核目标：** 让推理服务稳定上线\n', ''), 110, 'objective']
  ]
  for (const [name, change, line, ruleId] of mistakes) {
    it(`fails with an error at the right line for ${name}`, async () => {
      const {code, stdout} = await run('check', mlPlatformWith(change), '--format', 'json')
      expect(code).toBe(1)
      const messages = JSON.parse(stdout) as {line: number; severity: string; ruleId: string; file: string}[]
      const errors = messages.filter((m) => m.severity === 'error')
      expect(errors.map((m) => `${m.line} ${m.ruleId}`)).toContain(`${line} ${ruleId}`)
      expect(errors.every((m) => m.file.endsWith(path.join('ml-platform', 'guide.md')))).toBe(true)
    })
  }

  it('fails on an empty file', async () => {
    const {code, stdout} = await run('check', mlPlatformWith(() => ''))
    expect(code).toBe(1)
    expect(stdout).toMatch(/1:1\s+error\s+Unexpected empty file/)
  })

  it('prints file, position, severity, rule, message and hint as JSON', async () => {
    const {code, stdout} = await run('check', contentCopy(['ml-platform'], {released: false}), '--format', 'json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual([
      {
        file: expect.stringMatching(/ml-platform[/\\]guide\.md$/),
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 9,
        severity: 'warning',
        ruleId: 'total-duration',
        message: '计划总时长为 87 分钟，建议时长为 60-80 分钟',
        hint: expect.stringContaining('由各级别的计划挑选合适的内容'),
        messageEn: 'Unexpected planned total of 87 minutes, expected 60-80 minutes as recommended',
        hintEn: expect.stringContaining('the level plans choose what fits')
      }
    ])
  })

  it('prints English as message and messageEn in JSON with --lang en', async () => {
    const {stdout} = await run('check', contentCopy(['ml-platform'], {released: false}), '--format', 'json', '--lang', 'en')
    const [message] = JSON.parse(stdout) as {message: string; messageEn: string; hint: string; hintEn: string}[]
    expect(message!.message).toBe('Unexpected planned total of 87 minutes, expected 60-80 minutes as recommended')
    expect(message!.messageEn).toBe(message!.message)
    expect(message!.hintEn).toBe(message!.hint)
  })

  it('shows a hint for every message in the text report', async () => {
    // A warning at line 5 (`duration:`: the planned total, now 88) and an error at line 48 (part 一 no longer adds up).
    const {stdout} = await run('check', mlPlatformWith(edit('### 1.2 数据管线 (10分钟)', '### 1.2 数据管线 (11分钟)')))
    // The reporter pads positions to align the columns.
    const messages = stdout.split('\n').filter((line) => /^\s*\d+:\d+-\d+:\d+\s+(error|warning)\s/.test(line))
    expect(messages.map((line) => line.trim().split(/\s+/)[1])).toEqual(['warning', 'error'])
    expect(stdout.split('\n').filter((line) => line.trim() === '[note]:')).toHaveLength(2)
    expect(stdout).toMatch(/第一部分各小节合计 36 分钟，应与部分标题所写的 35 分钟一致/)
    expect(stdout).toMatch(/修改建议：各小节相加为 1\.1 \(15\) \+ 1\.2 \(11\) \+ 1\.3 \(10\) = 36：修改某个小节或这个部分的分钟数。/)
    const english = await run('check', mlPlatformWith(edit('### 1.2 数据管线 (10分钟)', '### 1.2 数据管线 (11分钟)')), '--lang', 'en')
    expect(english.stdout).toMatch(/change a section's minutes or the part's/)
  })

  it('reports a guide whose id is not its folder name', async () => {
    const {code, stdout} = await run('check', mlPlatformWith(edit('id: ml-platform', 'id: other-guide')))
    expect(code).toBe(1)
    expect(stdout).toContain('guide-id')
  })

  it('reports a missing path and a folder without guides', async () => {
    const missing = await run('check', path.join(tmpdir(), 'no-such-folder-here'))
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('no-such-path')
    const empty = mkdtempSync(path.join(tmpdir(), 'llm-interview-empty-'))
    const {code, stdout} = await run('check', empty)
    expect(code).toBe(1)
    expect(stdout).toContain('no-guides')
  })

  it('checks released versions with their version', async () => {
    const {code, stdout} = await run('check', contentCopy(['ml-platform']), '--all')
    expect(code).toBe(0)
    expect(stdout).toContain(path.join('ml-platform', 'versions', '1.0.0.md'))
    expect(stdout).toContain('计划总时长为 85 分钟')
  })
})

describe('llm-interview parse', () => {
  it('prints the validated guide JSON', async () => {
    const {code, stdout} = await run('parse', fixturePath('ml-platform'))
    expect(code).toBe(0)
    const guide = GuideSchema.parse(JSON.parse(stdout))
    expect(guide).toMatchObject({id: 'ml-platform', version: 'next', title: '机器学习平台工程师面试大纲'})
    expect(guide.parts.map((p) => p.sections.map((s) => s.id))).toEqual([['1.1', '1.2', '1.3'], ['2.1', '2.2', '2.3'], ['3.1', '3.2']])
  })

  it('prints diagnostics on stderr and nothing on stdout when the file has errors', async () => {
    const dir = mlPlatformWith(edit('### 2.2 生成与缓存 (10分钟)', '### 2.2 生成与缓存'))
    const {code, stdout, stderr} = await run('parse', path.join(dir, 'ml-platform', 'guide.md'))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/98:1-98:\d+\s+error\s+小节标题 “2\.2 生成与缓存” 缺少时长/)
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
    const dir = mlPlatformWith(() => '\u0000\u0001binary')
    const result = await promisify(execFile)(process.execPath, [bin, 'check', dir]).then(
      () => ({code: 0, stdout: '', stderr: ''}),
      (error: {code: number; stdout: string; stderr: string}) => error
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('encoding')
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /)
  })

  it('prints the version through the bundled CLI it runs, as installed', async () => {
    expect(existsSync(new URL('../dist/bundle/cli.js', import.meta.url)), 'build first: npm test runs the build').toBe(true)
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    const {stdout} = await promisify(execFile)(process.execPath, [bin, '--version'])
    expect(stdout).toBe(`llm-interview ${version}\n`)
  })
})

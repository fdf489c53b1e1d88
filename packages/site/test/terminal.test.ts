import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {contentFolder, smallGuide} from './small-guide.js'
import {runCli} from './run-cli.js'

const run = (argv: string[], color = false) => runCli(argv, {color})

// Clear the screen, set the window title, and a C1 CSI (U+009B) for red
// (a carriage return would end the Markdown line: it is tested in arguments).
const hostile = 'A\u001b[2J\u001b]0;pwned\u0007B\u009b31mC'
// Any control character but tab and line feed, and any escape sequence.
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('terminal output escapes control characters from content', () => {
  it('in the check report, keeping the reporter’s own colours', async () => {
    // A part heading without minutes: both of its messages quote the heading.
    const {dir} = contentFolder(smallGuide() + `\n## 二、${hostile}\n`)
    const plain = await run(['check', dir])
    expect(plain.code).toBe(1)
    expect(plain.stdout).toContain('A\\x1b[2J\\x1b]0;pwned\\x07B\\x9b31mC')
    expect(plain.stdout).not.toMatch(raw)
    const coloured = await run(['check', dir], true)
    expect(coloured.stdout).toContain('\u001b[31merror\u001b[39m')
    expect(coloured.stdout).toContain('A\\x1b[2J')
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).not.toMatch(raw)
  })

  it('in file paths', async () => {
    const {dir} = contentFolder()
    const folder = path.join(dir, `evil${hostile}`)
    mkdirSync(folder)
    writeFileSync(path.join(folder, 'guide.md'), smallGuide())
    const {code, stdout} = await run(['check', dir])
    expect(code).toBe(1)
    expect(stdout).toContain('evilA\\x1b[2J')
    expect(stdout).not.toMatch(raw)
  })

  it('in JSON output, which keeps the same values', async () => {
    const {dir, source} = contentFolder(smallGuide() + `\n## 二、${hostile}\n`)
    const {stdout} = await run(['check', dir, '--format', 'json'])
    expect(stdout).not.toMatch(raw)
    const messages = JSON.parse(stdout) as {message: string}[]
    expect(messages.some((m) => m.message.includes(hostile))).toBe(true)

    writeFileSync(source, smallGuide({topic: hostile}))
    const parsed = await run(['parse', source])
    expect(parsed.code).toBe(0)
    expect(parsed.stdout).not.toMatch(raw)
    expect(JSON.stringify(JSON.parse(parsed.stdout))).toContain(JSON.stringify(hostile).slice(1, -1))
  })

  it('in diffs, as text, Markdown and JSON', async () => {
    // Released the way editors release (`release` records its checksum), then edited.
    const {dir, source} = contentFolder(smallGuide())
    expect((await run(['release', '1.0.0', '--content', dir])).code).toBe(0)
    writeFileSync(source, smallGuide({topic: `新${hostile}`}))
    for (const format of ['text', 'md', 'json']) {
      const {code, stdout} = await run(['diff', '1.0.0', 'next', '--content', dir, '--format', format])
      expect(code, format).toBe(0)
      expect(stdout, format).toContain('A\\')
      expect(stdout, format).not.toMatch(raw)
    }
  })

  it('in usage errors that echo arguments', async () => {
    const {code, stderr} = await run([`frob${hostile}\rD`])
    expect(code).toBe(2)
    expect(stderr).toContain('frobA\\x1b[2J\\x1b]0;pwned\\x07B\\x9b31mC\\x0dD')
    expect(stderr).not.toMatch(raw)
  })
})

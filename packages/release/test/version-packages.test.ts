import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {parseChangeset} from '../src/changesets.js'
import {cleanEnv, run} from '../src/exec.js'
import {addDataChangeset} from '../src/version-packages.js'
import {readWorkspaces} from '../src/workspace.js'
import {repoRoot} from './helpers.js'

const bin = path.join(repoRoot, 'packages/release/bin/llm-interview-release.js')
const copies: string[] = []

afterAll(() => {
  for (const dir of copies) rmSync(dir, {recursive: true, force: true})
})

/**
 * A git repository holding the files of this one (tracked and new, not
 * ignored) without its pending changesets, sharing its node_modules.
 */
function copyOfRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-version-'))
  copies.push(dir)
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: repoRoot, encoding: 'utf8'}).split('\0').filter(Boolean)
  for (const file of files.filter((f) => existsSync(path.join(repoRoot, f)))) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    cpSync(path.join(repoRoot, file), path.join(dir, file))
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'))
  for (const name of readdirSync(path.join(dir, '.changeset')).filter((n) => n.endsWith('.md') && n !== 'README.md')) rmSync(path.join(dir, '.changeset', name))
  git(dir, 'init', '-q', '-b', 'main')
  commitAll(dir, 'The repository as it is')
  return dir
}

function git(cwd: string, ...args: string[]): string {
  const env = {...cleanEnv(), GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org'}
  return execFileSync('git', args, {cwd, env, encoding: 'utf8'})
}

function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '--no-verify', '-m', message)
  return git(cwd, 'rev-parse', '--short=7', 'HEAD').trim()
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>

/** The version changesets gives `version` for a bump. */
function bumped(version: string, bump: 'major' | 'minor'): string {
  const [major, minor] = version.split('.').map(Number) as [number, number]
  return bump === 'major' ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`
}

describe('npm run version-packages (llm-interview-release version)', () => {
  it('turns a changeset on the guide into a frozen guide version, changelogs and a lockfile, offline', async () => {
    const dir = copyOfRepository()
    const guideDir = path.join(dir, 'content/llm-interview')
    const released = readdirSync(path.join(guideDir, 'versions'))
    const guideVersion = bumped(readJson(path.join(guideDir, 'package.json')).version, 'minor')
    const dataVersion = bumped(readJson(path.join(dir, 'packages/data/package.json')).version, 'minor')
    const schemaVersion = bumped(readJson(path.join(dir, 'packages/schema/package.json')).version, 'major')
    // A new first question of section 1.1's first group, found by the template's structure, not by the guide's words.
    const firstGroupOf11 = /^### 1\.1 [^\n]*\n(?:[^\n]*\n)*?#### [^\n]*\n/m
    const source = replaceOnce(readFileSync(path.join(guideDir, 'guide.md'), 'utf8'), firstGroupOf11, (group) => `${group}- RoPE 与正弦位置编码有什么区别？\n`)
    writeFileSync(path.join(guideDir, 'guide.md'), source)
    writeFileSync(path.join(dir, '.changeset/rope-question.md'), '---\n"@org/guide-llm-interview": minor\n"@org/llm-interview-schema": major\n---\n\nAsk how RoPE differs from sinusoidal position encoding.\n')
    const commit = commitAll(dir, 'Ask about RoPE')

    const result = await run(process.execPath, [bin, 'version'], {cwd: dir})
    expect(result.code, result.stdout + result.stderr).toBe(0)

    expect(result.stdout).toContain(`已发布 llm-interview ${guideVersion}`)
    expect(readJson(path.join(guideDir, 'package.json')).version).toBe(guideVersion)
    expect(readdirSync(path.join(guideDir, 'versions')).sort()).toEqual([...released, `${guideVersion}.md`].sort())
    expect(readFileSync(path.join(guideDir, `versions/${guideVersion}.md`), 'utf8')).toBe(source)
    expect(readFileSync(path.join(guideDir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${guideVersion}\n\n### Minor Changes\n\n- ${commit}: Ask how RoPE differs`)

    const data = readJson(path.join(dir, 'packages/data/package.json'))
    expect(data.version).toBe(dataVersion)
    expect(readFileSync(path.join(dir, 'packages/data/CHANGELOG.md'), 'utf8')).toContain(`Add release ${guideVersion} of \`llm-interview\` to the guide data.`)
    // The release is frozen: its checksum is recorded beside it.
    expect(readJson(path.join(guideDir, 'versions/checksums.json'))[`${guideVersion}.md`]).toBe(createHash('sha256').update(source).digest('hex'))
    expect(readJson(path.join(dir, 'packages/schema/package.json')).version).toBe(schemaVersion)
    expect(readFileSync(path.join(dir, 'packages/schema/released/version'), 'utf8')).toBe(`${schemaVersion}\n`)
    // Published packages take the schema with a caret range; the data package only builds with it.
    expect(readJson(path.join(dir, 'packages/parser/package.json')).dependencies['@org/llm-interview-schema']).toBe(`^${schemaVersion}`)
    expect(data.dependencies).toBeUndefined()
    expect(data.devDependencies['@org/llm-interview-schema']).toBe(schemaVersion)

    const lock = readJson(path.join(dir, 'package-lock.json'))
    expect(lock.packages['content/llm-interview'].version).toBe(guideVersion)
    expect(lock.packages['packages/data'].version).toBe(dataVersion)
    expect(lock.packages['packages/schema'].version).toBe(schemaVersion)
    expect(readdirSync(path.join(dir, '.changeset')).sort()).toEqual(['README.md', 'config.json'])

    const again = await run(process.execPath, [bin, 'version'], {cwd: dir})
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toContain('No pending changesets: nothing to version.')
  })
})

describe('npm run version-packages refusing content', () => {
  /** `git status` of the copy: only what the editor changed, when nothing else was. */
  const status = (dir: string) => git(dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort()

  it('refuses a broken guide with a pending changeset before changing anything (exit 1)', async () => {
    const dir = copyOfRepository()
    writeFileSync(path.join(dir, 'content/llm-interview/guide.md'), '')
    writeFileSync(path.join(dir, '.changeset/broken.md'), '---\n"@org/guide-llm-interview": minor\n---\n\nA broken edit.\n')
    const result = await run(process.execPath, [bin, 'version'], {cwd: dir})
    expect(result.code, result.stdout + result.stderr).toBe(1)
    expect(result.stderr).toContain('has errors')
    expect(result.stderr).toMatch(/the release of llm-interview \d+\.\d+\.\d+ would be refused .*Nothing was changed\./)
    expect(status(dir)).toEqual(['?? .changeset/broken.md', 'M content/llm-interview/guide.md'].map((line) => (line.startsWith('M') ? ` ${line}` : line)).sort())
  })

  it('refuses a malformed changeset and one naming no package of the workspace, changing nothing (exit 1)', async () => {
    const dir = copyOfRepository()
    writeFileSync(path.join(dir, '.changeset/typo.md'), '---\n"@org/guide-llm-interview": mayor\n---\n\nA typo in the bump.\n')
    const malformed = await run(process.execPath, [bin, 'version'], {cwd: dir})
    expect(malformed.code, malformed.stdout + malformed.stderr).toBe(1)
    expect(malformed.stderr).toContain('unexpected bump `mayor`')
    expect(status(dir)).toEqual(['?? .changeset/typo.md'])

    writeFileSync(path.join(dir, '.changeset/typo.md'), '---\n"@org/guide-no-such-guide": minor\n---\n\nA typo in the name.\n')
    const unknown = await run(process.execPath, [bin, 'version'], {cwd: dir})
    expect(unknown.code, unknown.stdout + unknown.stderr).toBe(1)
    expect(unknown.stderr).toContain('unexpected package `@org/guide-no-such-guide`')
    expect(status(dir)).toEqual(['?? .changeset/typo.md'])
  })

  it('refuses to release over an edited frozen version, changing nothing (exit 1)', async () => {
    const dir = copyOfRepository()
    const versions = path.join(dir, 'content/llm-interview/versions')
    const frozen = readdirSync(versions).find((name) => name.endsWith('.md'))!
    writeFileSync(path.join(versions, frozen), readFileSync(path.join(versions, frozen), 'utf8') + '\n')
    writeFileSync(path.join(dir, '.changeset/next.md'), '---\n"@org/guide-llm-interview": patch\n---\n\nA new release.\n')
    const result = await run(process.execPath, [bin, 'version'], {cwd: dir})
    expect(result.code, result.stdout + result.stderr).toBe(1)
    expect(result.stderr).toContain('would be refused')
    expect(status(dir)).toEqual(['?? .changeset/next.md', ` M content/llm-interview/versions/${frozen}`].sort())
  })
})

describe('addDataChangeset', () => {
  const workspaces = readWorkspaces(repoRoot)
  const guide = parseChangeset('---\n"@org/guide-llm-interview": patch\n---\n\nFix a typo.\n', 'typo.md')
  const both = parseChangeset('---\n"@org/guide-llm-interview": minor\n"@org/llm-interview-data": minor\n---\n\nNew questions.\n', 'both.md')
  const schemaOnly = parseChangeset('---\n"@org/llm-interview-schema": minor\n---\n\nA new field.\n', 'field.md')

  it('adds a minor changeset for the data package when a guide is released', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-changesets-'))
    copies.push(dir)
    mkdirSync(path.join(dir, '.changeset'))
    expect(addDataChangeset(dir, workspaces, [guide], new Map([['llm-interview', '1.0.1']]))).toBe('guide-data-llm-interview.md')
    expect(readFileSync(path.join(dir, '.changeset/guide-data-llm-interview.md'), 'utf8')).toBe('---\n"@org/llm-interview-data": minor\n---\n\nAdd release 1.0.1 of `llm-interview` to the guide data.\n')
  })

  it('adds nothing when the data package is already bumped or no guide is', () => {
    const versions = new Map([['llm-interview', '1.1.0']])
    expect(addDataChangeset(repoRoot, workspaces, [both], versions)).toBeUndefined()
    expect(addDataChangeset(repoRoot, workspaces, [schemaOnly], versions)).toBeUndefined()
    expect(addDataChangeset(repoRoot, workspaces, [], versions)).toBeUndefined()
  })
})

import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Io} from '@org/llm-interview-site'
import {describe, expect, it} from 'vitest'
import {releaseGuides} from '../src/guide-release.js'
import {readWorkspaces} from '../src/workspace.js'

/** A workspace root with one guide package at `version` and a source that parses. */
function workspaceWith(version: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'llm-interview-unreleased-'))
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({name: 'root', private: true, workspaces: ['content/*']}))
  const dir = path.join(root, 'content', 'fresh')
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: '@org/guide-fresh', version, private: true}))
  writeFileSync(
    path.join(dir, 'guide.md'),
    ['---', 'id: fresh', 'lang: zh-CN', 'duration: 10', '---', '# 新指南', '', '## 一、唯一部分 (10分钟)', '', '### 1.1 唯一小节 (10分钟)', '**考核目标：** 看懂一段描述', '', '#### 话题', '- 一个问题？', ''].join('\n')
  )
  return root
}

const quiet: Io = {stdout: () => {}, stderr: () => {}, color: false}

describe('releaseGuides and guides with no release yet', () => {
  it('leaves a guide at 0.0.0 alone', async () => {
    const root = workspaceWith('0.0.0')
    expect(await releaseGuides(root, readWorkspaces(root), quiet)).toEqual([])
    expect(existsSync(path.join(root, 'content', 'fresh', 'versions'))).toBe(false)
  })

  it('releases it once a changeset has bumped it', async () => {
    const root = workspaceWith('0.1.0')
    expect((await releaseGuides(root, readWorkspaces(root), quiet)).map((g) => g.id)).toEqual(['fresh'])
    expect(existsSync(path.join(root, 'content', 'fresh', 'versions', '0.1.0.md'))).toBe(true)
  })
})

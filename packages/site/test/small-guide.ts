import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** A small valid guide of our own; `title` and `topic` may carry test text. */
export function smallGuide({title = '测试大纲', topic = '问题二'}: {title?: string; topic?: string} = {}): string {
  return `---
id: small
lang: zh-CN
duration: 10-20
---
# ${title}

## 一、基础 (10分钟)

### 1.1 概念 (10分钟)

**考核目标：** 了解概念

#### 基础

- 问题一
- ${topic}
`
}

/** A content folder holding `small/guide.md` with `text`; returns the folder and the file. */
export function contentFolder(text: string = smallGuide()): {dir: string; source: string} {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-input-'))
  mkdirSync(path.join(dir, 'small'))
  const source = path.join(dir, 'small', 'guide.md')
  writeFileSync(source, text)
  return {dir, source}
}

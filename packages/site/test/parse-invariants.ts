import {parse} from '@org/llm-interview-parser'
import {render, type RenderOptions} from '@org/llm-interview-renderer'
import type {Guide} from '@org/llm-interview-schema'
import {executableContent} from '../../renderer/test/unsafe.js'

/**
 * What every input must satisfy, whatever it holds: `parse` returns (no
 * throw, no `internal-error` message), every message points inside the
 * input, and each page of a guide it accepts renders without anything
 * that could run script. Returns the violations (empty when it holds).
 *
 * Speed is not among them: a slow input is for `npm run bench`, and one
 * that never finishes is stopped by the test timeout (a synchronous test
 * that overran fails when it returns; one that never returns blocks its
 * worker, so the run cannot pass).
 */
export function parseViolations(input: string, pages: 'one' | 'all' = 'all'): string[] {
  let result: ReturnType<typeof parse>
  try {
    result = parse(input)
  } catch (error) {
    return [`parse threw: ${(error as Error).stack ?? String(error)}`]
  }
  const found: string[] = []
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  for (const m of result.messages) {
    const at = `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`
    if (m.ruleId === 'internal-error') found.push(`internal error: ${at}`)
    if (!(Number.isInteger(m.line) && m.line! >= 1 && m.line! <= lines.length)) found.push(`line outside the input (${lines.length} lines): ${at}`)
    else if (!(Number.isInteger(m.column) && m.column! >= 1 && m.column! <= lines[m.line! - 1]!.length + 1)) found.push(`column outside line ${m.line}: ${at}`)
  }
  if (result.guide) {
    for (const options of pages === 'all' ? everyPage(result.guide) : [{}]) {
      const page = `${options.level ?? 'full'} ${options.page ?? 'guide'}`
      try {
        for (const unsafe of executableContent(render(result.guide, options))) found.push(`${page} page: ${unsafe}`)
      } catch (error) {
        found.push(`render of the ${page} page threw: ${(error as Error).message}`)
      }
    }
  }
  return found
}

function everyPage(guide: Guide): RenderOptions[] {
  const kinds = ['guide', 'print', 'runsheet', 'scorecard', 'interview'] as const
  return [undefined, ...guide.levels.map((l) => l.id)].flatMap((level) => kinds.map((page) => ({page, ...(level ? {level} : {})})))
}

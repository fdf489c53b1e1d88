import {readFile} from 'node:fs/promises'
import {parse, type ParseResult} from '@org/llm-interview-parser'
import type {GuideSource} from './discover.js'

/**
 * Reads and parses one guide source, adding the checks that need its place
 * in the content folder: the front matter `id` names the guide's folder.
 */
export async function checkSource(source: GuideSource): Promise<ParseResult> {
  const bytes = await readFile(source.path)
  const result = parse(bytes, {path: source.path, version: source.version})
  const {guide, file} = result
  if (guide && source.folderId !== '' && guide.id !== source.folderId) {
    const message = file.message(`Unexpected guide id \`${guide.id}\`, expected \`${source.folderId}\` (the name of its folder)`, {
      place: {line: 1, column: 1},
      ruleId: 'guide-id',
      source: 'llm-interview'
    })
    message.fatal = true
    message.note = `Rename the folder to \`${guide.id}\` or set \`id: ${source.folderId}\` in the front matter; the id is the guide's URL.`
    return {...result, guide: undefined, messages: file.messages}
  }
  return result
}

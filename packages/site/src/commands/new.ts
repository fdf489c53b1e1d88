import {existsSync} from 'node:fs'
import path from 'node:path'
import {parse} from '@org/llm-interview-parser'
import {VFile} from 'vfile'
import {contentFolderProblem} from '../content/load.js'
import type {Io} from '../io.js'
import {deriveGuide} from '../new/derive.js'
import {invalidGuideId} from '../new/guide-id.js'
import {lockWithWorkspace} from '../new/lockfile.js'
import {guideManifest} from '../new/manifest.js'
import {skeletonOutline} from '../new/skeleton.js'
import {newGuideSummary} from '../new/summary.js'
import {problemFile} from '../problem-file.js'
import {readSource} from '../read-source.js'
import {workspaceRootOf} from '../new/workspace.js'
import {writeGuideFolder} from '../new/write-guide.js'
import {escapeControls, reportFiles} from '../terminal.js'

export interface NewOptions {
  id: string
  /** An outline to start from (its body is kept as written); a skeleton when absent. */
  from?: string
  contentDir: string
  /** The skeleton's title (default: the id). */
  title?: string
  /** The guide's language (default `zh-CN`). */
  lang?: string
}

/**
 * `llm-interview new <id> [--from FILE]`: creates `content/<id>/` with
 * `guide.md` (front matter derived from the body, then the body of FILE
 * unchanged, or a skeleton) and `package.json`, links it in the workspace's
 * package-lock.json, and says what it decided. Refuses (exit 1, nothing
 * written) an invalid or existing id and an outline that does not parse.
 */
export async function newCommand(options: NewOptions, io: Io): Promise<number> {
  const fail = (text: string, hint?: string) => {
    io.stderr(escapeControls(`llm-interview new: ${text}\n${hint ? `  ${hint}\n` : ''}`))
    return 1
  }
  const invalid = invalidGuideId(options.id)
  if (invalid) return fail(invalid, 'A guide id is its URL: lowercase letters, digits and hyphens, starting with a letter, e.g. `ml-systems`.')
  if (options.lang !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(options.lang)) {
    return fail(`Unexpected language \`${options.lang}\`, expected a BCP 47 tag`, 'Give the language of the outline\'s text, e.g. `--lang zh-CN`.')
  }
  // A missing content folder is reported as every command reports it.
  const folderProblem = await contentFolderProblem(options.contentDir)
  if (folderProblem) {
    io.stderr(reportFiles([folderProblem], {color: io.color}) + '\n')
    return 1
  }
  const target = path.join(options.contentDir, options.id)
  if (existsSync(target)) return fail(`Unexpected existing \`${target}\`, expected a new guide id`, 'Choose another id, or edit that guide instead.')
  const guidePath = path.join(target, 'guide.md')
  let body: string
  let from: string
  if (options.from !== undefined) {
    from = options.from
    const read = await readSource(from)
    if (!read.ok) {
      return refuse(io, problemFile(from, read.problem), from)
    }
    const bytes = read.bytes
    const unreadable = parse(bytes, {path: from}).file.messages.filter((m) => m.ruleId === 'encoding' || m.ruleId === 'empty-file')
    if (unreadable.length > 0) return refuse(io, Object.assign(new VFile({path: from}), {messages: unreadable}), from)
    body = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
    if (/^---[ \t]*\r?\n/.test(body)) {
      const file = new VFile({path: from})
      const message = file.message('Unexpected front matter in the outline, expected the outline\'s body only', {place: {line: 1, column: 1}, ruleId: 'front-matter', source: 'llm-interview'})
      message.fatal = true
      message.note = '`llm-interview new` writes the front matter from the body: remove the `---` block at the top and run it again.'
      return refuse(io, file, from)
    }
  } else {
    from = '(skeleton)'
    body = skeletonOutline(options.title ?? options.id)
  }
  const result = deriveGuide(body, {id: options.id, lang: options.lang ?? 'zh-CN', from, guidePath})
  if (!result.ok) return refuse(io, result.file, from)
  const {derived} = result
  const workspace = workspaceRootOf(target)
  const name = `@org/guide-${options.id}`
  let lock: ReturnType<typeof lockWithWorkspace>
  try {
    lock = workspace ? lockWithWorkspace(workspace.root, {dir: workspace.dir, name, version: '0.0.0'}) : undefined
  } catch (error) {
    return fail(`Unexpected package-lock.json that cannot be read (${(error as Error).message}), expected npm's lockfile; nothing was written`, 'Restore it (git checkout package-lock.json) or run npm install, then run `new` again.')
  }
  try {
    await writeGuideFolder(target, {'guide.md': derived.source, 'package.json': guideManifest(options.id, derived.guide.title)}, lock)
  } catch (error) {
    return fail(`Unexpected failure writing \`${target}\` (${(error as Error).message}), expected a new folder; nothing was written`)
  }
  io.stdout(escapeControls(newGuideSummary(derived, {target, from, name, lock: lock?.path, workspace: workspace !== undefined})))
  if (derived.warnings.length > 0) io.stderr(reportFiles([Object.assign(new VFile({path: guidePath}), {messages: derived.warnings})], {color: io.color}) + '\n')
  return 0
}

function refuse(io: Io, file: VFile, from: string): number {
  io.stderr(reportFiles([file], {color: io.color}) + '\n')
  io.stderr(escapeControls(`llm-interview new: ${from} cannot become a guide (see above); nothing was written\n`))
  return 1
}

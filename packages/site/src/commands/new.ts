import {existsSync} from 'node:fs'
import path from 'node:path'
import {formatMessage, parse, resolveMessageLang, type Catalogue, type MessageLang} from '@org/llm-interview-parser'
import {VFile} from 'vfile'
import {contentFolderProblem} from '../content/load.js'
import type {Io} from '../io.js'
import {addProblem, localizeFiles, siteProblem} from '../messages/localize.js'
import {newMessages} from '../messages/new.js'
import {deriveGuide} from '../new/derive.js'
import {invalidGuideId} from '../new/guide-id.js'
import {lockWithWorkspace} from '../new/lockfile.js'
import {guideManifest, guideTurboConfig} from '../new/manifest.js'
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
  // Messages are in the language of the guide being made.
  const lang = resolveMessageLang(options.lang ?? 'zh-CN')
  const fail = <K extends keyof typeof newMessages>(key: K, params: Parameters<(typeof newMessages)[K]['en']>[0]) => {
    const text = formatMessage(newMessages as unknown as Catalogue, key, params, lang)!
    io.stderr(escapeControls(`llm-interview new: ${text.reason}\n  ${text.hint}\n`))
    return 1
  }
  const invalid = invalidGuideId(options.id)
  if (invalid) return fail(invalid.key, invalid.params as never)
  if (options.lang !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(options.lang)) return fail('new/lang', {lang: options.lang})
  // A missing content folder is reported as every command reports it.
  const folderProblem = await contentFolderProblem(options.contentDir)
  if (folderProblem) {
    localizeFiles([folderProblem], lang)
    io.stderr(reportFiles([folderProblem], {color: io.color}) + '\n')
    return 1
  }
  const target = path.join(options.contentDir, options.id)
  if (existsSync(target)) return fail('new/existing', {target})
  const guidePath = path.join(target, 'guide.md')
  let body: string
  let from: string
  if (options.from !== undefined) {
    from = options.from
    const read = await readSource(from)
    if (!read.ok) {
      return refuse(io, problemFile(from, read.problem), from, lang)
    }
    const bytes = read.bytes
    const unreadable = parse(bytes, {path: from}).file.messages.filter((m) => m.ruleId === 'encoding' || m.ruleId === 'empty-file')
    if (unreadable.length > 0) return refuse(io, Object.assign(new VFile({path: from}), {messages: unreadable}), from, lang)
    body = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
    if (/^---[ \t]*\r?\n/.test(body)) {
      const file = new VFile({path: from})
      addProblem(file, siteProblem('front-matter/in-outline', {}))
      return refuse(io, file, from, lang)
    }
  } else {
    from = '(skeleton)'
    body = skeletonOutline(options.title ?? options.id)
  }
  const result = deriveGuide(body, {id: options.id, lang: options.lang ?? 'zh-CN', from, guidePath})
  if (!result.ok) return refuse(io, result.file, from, lang)
  const {derived} = result
  const workspace = workspaceRootOf(target)
  const name = `@org/guide-${options.id}`
  let lock: ReturnType<typeof lockWithWorkspace>
  try {
    lock = workspace ? lockWithWorkspace(workspace.root, {dir: workspace.dir, name, version: '0.0.0'}) : undefined
  } catch (error) {
    return fail('new/lockfile', {why: (error as Error).message})
  }
  try {
    await writeGuideFolder(target, {'guide.md': derived.source, 'package.json': guideManifest(options.id, derived.guide.title), 'turbo.json': guideTurboConfig()}, lock)
  } catch (error) {
    return fail('new/write-failed', {target, why: (error as Error).message})
  }
  io.stdout(escapeControls(newGuideSummary(derived, {target, from, name, lock: lock?.path, workspace: workspace !== undefined}, lang)))
  if (derived.warnings.length > 0) {
    const warnings = Object.assign(new VFile({path: guidePath}), {messages: derived.warnings})
    localizeFiles([warnings], lang)
    io.stderr(reportFiles([warnings], {color: io.color}) + '\n')
  }
  return 0
}

function refuse(io: Io, file: VFile, from: string, lang: MessageLang): number {
  localizeFiles([file], lang)
  io.stderr(reportFiles([file], {color: io.color}) + '\n')
  const text = formatMessage(newMessages as unknown as Catalogue, 'new/refused', {from}, lang)!
  io.stderr(escapeControls(`llm-interview new: ${text.reason}\n  ${text.hint}\n`))
  return 1
}

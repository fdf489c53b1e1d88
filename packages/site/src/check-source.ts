import {messageRefOf, parse, setMessageRef, type MessageRef, type ParseResult} from '@org/llm-interview-parser'
import type {Guide} from '@org/llm-interview-schema'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import path from 'node:path'
import {setFlagsFromString} from 'node:v8'
import {hashOf, toolVersion, type BuildCache} from './build/cache.js'
import type {GuideSource} from './discover.js'
import {frozenProblem} from './frozen.js'
import {addProblem, siteProblem} from './messages/localize.js'
import {problemFile} from './problem-file.js'
import {readSource, type ReadProblem} from './read-source.js'

/** A parse result as the cache keeps it. */
interface CachedParse {
  guide: Guide | undefined
  frontMatterPlaces?: VFile['data']['frontMatterPlaces']
  lang?: string
  messages: {reason: string; place: VFileMessage["place"]; ruleId: string | undefined; fatal: boolean; note: string | undefined; cause?: {reason: string; place: VFileMessage['place']}; ref?: MessageRef}[]
}

/**
 * Reads and parses one guide source, adding the checks that need its place
 * in the content folder: the front matter `id` names the guide's folder.
 * With a cache, a source already parsed (same bytes, version and tool) is
 * not parsed again. A source that cannot be read (missing, not a regular
 * file, not readable, over the size limit) is an error message too, and
 * so is a released `versions/<x.y.z>.md` whose bytes differ from the
 * checksum recorded at its release (see frozen.ts).
 */
export async function checkSource(source: GuideSource, cache?: BuildCache): Promise<ParseResult> {
  const read = await readSource(source.path)
  if (!read.ok) return unreadable(source.path, read.problem)
  return checkSourceBytes(read.bytes, source, cache)
}

/**
 * Every check of `checkSource` on bytes the caller holds (such as an
 * editor's unsaved text): the parse, the guide id against its folder and,
 * for a released version, its bytes against the recorded checksum.
 */
export async function checkSourceBytes(bytes: Uint8Array, source: GuideSource, cache?: BuildCache): Promise<ParseResult> {
  const result = await checkBytes(bytes, source, cache)
  if (source.version === 'next' || path.basename(path.dirname(source.path)) !== 'versions') return result
  const frozen = await frozenProblem(source.path, source.version, bytes)
  if (!frozen) return result
  addProblem(result.file, frozen)
  return {...result, guide: undefined, messages: result.file.messages}
}

/**
 * Parses and checks bytes already read as `source` (the same checks as
 * `checkSource` but the frozen-release one), so a caller can check and then
 * use exactly the bytes it checked.
 */
export async function checkBytes(bytes: Uint8Array, source: GuideSource, cache?: BuildCache): Promise<ParseResult> {
  // The bin starts without V8's optimizing compiler (see bin/llm-interview.js); one parse of a large source pays for it.
  if (bytes.length > largeSource) setFlagsFromString('--turbofan')
  const result = cache ? await cachedParse(bytes, source, cache) : parse(bytes, {path: source.path, version: source.version})
  const {guide, file} = result
  if (guide && source.folderId !== '' && guide.id !== source.folderId) {
    addProblem(file, siteProblem('guide-id', {id: guide.id, folder: source.folderId}), {place: file.data.frontMatterPlaces?.id ?? {line: 1, column: 1}})
    return {...result, guide: undefined, messages: file.messages}
  }
  return result
}

/** Bytes from which a source's parse is long enough for optimized code to pay off (10 seeds' worth is not). */
const largeSource = 256 * 1024

function unreadable(filePath: string, problem: ReadProblem): ParseResult {
  const file = problemFile(filePath, problem)
  return {guide: undefined, messages: file.messages, file}
}

/**
 * The parse of `bytes`, from the cache when the same bytes were parsed
 * before. The key leaves the version out: the version only names the guide
 * (`guide.version`), so a `guide.md` unchanged since its last release is
 * parsed once for both (a test holds the parser to that).
 */
async function cachedParse(bytes: Uint8Array, source: GuideSource, cache: BuildCache): Promise<ParseResult> {
  // A cache in memory lives only as long as this process and its tool: no need to hash the tool.
  const key = hashOf(cache.persistent ? await toolVersion() : '', bytes)
  const hit = await cache.get<CachedParse>('parse', key)
  if (!hit) {
    const result = parse(bytes, {path: source.path, version: source.version, incremental: true})
    await cache.set('parse', key, {
      guide: result.guide,
      frontMatterPlaces: result.file.data.frontMatterPlaces,
      ...(result.file.data.lang === undefined ? {} : {lang: result.file.data.lang}),
      messages: result.messages.map((m) => ({
        reason: m.reason,
        place: m.place,
        ruleId: m.ruleId,
        fatal: m.fatal === true,
        note: m.note,
        ...(messageRefOf(m) ? {ref: messageRefOf(m)} : {}),
        ...(m.cause && typeof m.cause === 'object' && 'reason' in m.cause ? {cause: {reason: String(m.cause.reason), place: (m.cause as VFileMessage).place}} : {})
      }))
    } satisfies CachedParse)
    return result
  }
  const file = new VFile({path: source.path, value: Buffer.from(bytes).toString('utf8')})
  for (const saved of hit.messages) {
    const cause = saved.cause ? file.message(saved.cause.reason, {place: saved.cause.place, ruleId: saved.ruleId, source: 'llm-interview'}) : undefined
    if (cause) file.messages.pop()
    const message = file.message(saved.reason, {place: saved.place, ruleId: saved.ruleId, source: 'llm-interview', cause})
    message.fatal = saved.fatal
    message.note = saved.note
    if (saved.ref) setMessageRef(message, saved.ref)
  }
  if (hit.lang !== undefined) file.data.lang = hit.lang
  const guide = hit.guide ? {...hit.guide, version: source.version} : undefined
  if (guide) file.data.guide = guide
  if (hit.frontMatterPlaces) file.data.frontMatterPlaces = hit.frontMatterPlaces
  return {guide, messages: file.messages, file}
}

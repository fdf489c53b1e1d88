import {existsSync, lstatSync, readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'

/** The file every site this tool writes holds at its root. */
export const manifestName = '.llm-interview-site.json'

/** Files at the root of every site built by the first version of the tool, which wrote no manifest. */
const legacySignature = ['index.html', '404.html', 'sitemap.xml', 'versions.json', 'schema/guide.schema.json', 'assets/guide.css']

/** What `--out` points at, as far as publishing is concerned. */
export type OutputState =
  /** Nothing there yet (or an empty folder). */
  | {kind: 'absent' | 'empty'}
  /** A symbolic link to a site this tool built: switched by one rename. */
  | {kind: 'link'; target: string}
  /** A folder holding a site this tool built (by an earlier version, or copied): moved aside once. */
  | {kind: 'folder'}

export type OutputCheck = {ok: true; state: OutputState} | {ok: false; reason: string; hint: string}

/**
 * Whether a build may replace `outDir`: only when it is absent, an empty
 * folder, or a site this tool wrote (marked by its manifest), and never the
 * folder the command runs in, an ancestor of it, the content folder or a
 * folder inside it. Nothing is touched.
 */
export function checkOutputDir(outDir: string, options: {contentDir: string; cwd?: string}): OutputCheck {
  const target = resolveReal(outDir)
  const cwd = resolveReal(options.cwd ?? process.cwd())
  const content = resolveReal(options.contentDir)
  const shown = JSON.stringify(outDir)
  const refuse = (reason: string, hint: string): OutputCheck => ({ok: false, reason: `refusing --out ${shown}: ${reason}`, hint})
  const pickAnother = 'Pick a folder of its own for the site, such as dist/site.'
  if (isInside(cwd, target)) return refuse(target === cwd ? 'it is the folder the command runs in' : 'it holds the folder the command runs in', pickAnother)
  if (isInside(content, target)) return refuse(target === content ? 'it is the content folder' : 'it holds the content folder', pickAnother)
  if (isInside(target, content)) return refuse('it is inside the content folder, where the sources live', pickAnother)
  const ancestor = nearestExisting(target)
  if (ancestor !== target && !statSync(ancestor).isDirectory()) return refuse(`${ancestor} is a file, not a folder`, pickAnother)
  if (!existsSync(outDir) && !isLink(outDir)) return {ok: true, state: {kind: 'absent'}}
  const info = lstatSync(outDir)
  if (info.isSymbolicLink()) {
    if (!existsSync(outDir)) return refuse('it is a symbolic link to nothing', 'Delete the link, then build again.')
    if (!statSync(outDir).isDirectory() || !isSite(outDir)) return refuse('it is a symbolic link to something this tool did not build', pickAnother)
    return {ok: true, state: {kind: 'link', target: realpathSync(outDir)}}
  }
  if (!info.isDirectory()) return refuse('it is a file, not a folder', pickAnother)
  if (readdirSync(outDir).length === 0) return {ok: true, state: {kind: 'empty'}}
  if (!isSite(outDir)) {
    return refuse(
      `it holds files this tool did not write (no ${manifestName})`,
      `${pickAnother} If it is an old site you no longer need, delete it yourself and build again.`
    )
  }
  return {ok: true, state: {kind: 'folder'}}
}

/** Whether a folder holds a site this tool built: its manifest, or every file of the first version's sites. */
function isSite(dir: string): boolean {
  if (existsSync(path.join(dir, manifestName))) return true
  return legacySignature.every((file) => existsSync(path.join(dir, file)))
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

/** Whether `inner` is `outer` or inside it (both absolute). */
function isInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** The absolute path with every existing part's symbolic links resolved. */
function resolveReal(file: string): string {
  const absolute = path.resolve(file)
  const existing = nearestExisting(absolute)
  return path.join(realpathSync(existing), path.relative(existing, absolute))
}

function nearestExisting(absolute: string): string {
  let dir = absolute
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

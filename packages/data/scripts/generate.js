// Turns every released guide under content/ into this package's data, in
// src/generated/ (compiled by tsc): per version its JSON and a typed module
// that imports it (tsc copies the JSON to dist once; the JSON's own types,
// for a JSON import, go to dist directly), the list of versions
// (catalog.ts, and dist/versions.json), and the model's types from the
// schema package's JSON Schema (guide.ts), so the package needs neither
// that package nor zod once built. The parser runs here only, at build time.
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from '@org/llm-interview-parser'
import {guideTypesModule} from './guide-types.js'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const contentDir = path.resolve(packageDir, '../../content')
const generatedDir = path.join(packageDir, 'src/generated')
const distDir = path.join(packageDir, 'dist')
const semverFile = /^(\d+)\.(\d+)\.(\d+)\.md$/

const written = new Set()
const catalog = []
const problems = []

const guideIds = readdirSync(contentDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort()
for (const id of guideIds) {
  const versionsDir = path.join(contentDir, id, 'versions')
  const files = readdirSafe(versionsDir)
    .filter((entry) => entry.isFile() && semverFile.test(entry.name))
    .map((entry) => entry.name)
    .sort(bySemver)
  const guides = files.map((name) => release(id, path.join(versionsDir, name), name.slice(0, -3))).filter(Boolean)
  if (guides.length === 0) continue
  for (const guide of guides) {
    write(path.join(generatedDir, 'guides', id, `${guide.version}.ts`), guideModule(guide))
    write(path.join(generatedDir, 'guides', id, `${guide.version}.json`), JSON.stringify(guide) + '\n')
    write(path.join(distDir, 'generated', 'guides', id, `${guide.version}.json.d.cts`), jsonTypes(guide))
  }
  const latest = guides.at(-1)
  catalog.push({id, title: latest.title, lang: latest.lang, latest: latest.version, versions: guides.map((g) => g.version)})
}

if (problems.length > 0) {
  process.stderr.write(`@org/llm-interview-data: released guides with errors (run \`npx llm-interview check\`):\n${problems.join('\n')}\n`)
  process.exit(1)
}
write(path.join(generatedDir, 'catalog.ts'), catalogModule(catalog))
const jsonSchemaFile = createRequire(import.meta.url).resolve('@org/llm-interview-schema/guide.schema.json')
write(path.join(generatedDir, 'guide.ts'), guideTypesModule(JSON.parse(readFileSync(jsonSchemaFile, 'utf8')), '// Generated from @org/llm-interview-schema/guide.schema.json by scripts/generate.js: do not edit.'))
write(path.join(distDir, 'versions.json'), JSON.stringify({guides: catalog}, null, 2) + '\n')
removeStale(generatedDir)

/**
 * Why a released file is not the one frozen at its release (its sha256 is
 * not the one `llm-interview release` recorded in versions/checksums.json),
 * or undefined. The site's check reports the same with a hint.
 */
function frozenProblem(file, bytes) {
  const checksumsPath = path.join(path.dirname(file), 'checksums.json')
  let checksums
  try {
    checksums = existsSync(checksumsPath) ? JSON.parse(readFileSync(checksumsPath, 'utf8')) : {}
  } catch {
    return `unreadable ${checksumsPath}`
  }
  const expected = checksums !== null && typeof checksums === 'object' && Object.hasOwn(checksums, path.basename(file)) ? checksums[path.basename(file)] : undefined
  if (typeof expected !== 'string') return 'released version without a recorded checksum (frozen-unrecorded)'
  return createHash('sha256').update(bytes).digest('hex') === expected ? undefined : 'released version changed since its release (frozen-changed)'
}

/** The validated guide of one released file, or undefined (with problems noted). */
function release(id, file, version) {
  const bytes = readFileSync(file)
  const frozen = frozenProblem(file, bytes)
  if (frozen) {
    problems.push(`  ${path.relative(process.cwd(), file)}:1:1: ${frozen}`)
    return undefined
  }
  const {guide, messages} = parse(bytes, {path: path.relative(process.cwd(), file), version})
  for (const message of messages.filter((m) => m.fatal)) problems.push(`  ${message.file}:${message.line}:${message.column}: ${message.reason}`)
  if (guide && guide.id !== id) problems.push(`  ${file}: guide id \`${guide.id}\` is not its folder's name \`${id}\``)
  return guide && guide.id === id ? guide : undefined
}

// The JSON was validated by the parser above: the assertion only narrows
// the strings TypeScript infers for it (`kind`, `type`) to the model's.
function guideModule(guide) {
  return `// Generated from content/${guide.id}/versions/${guide.version}.md by scripts/generate.js: do not edit.
import type {Guide} from '../../guide.js'
import json from './${guide.version}.json' with {type: 'json'}

/** Guide \`${guide.id}\`, released version ${guide.version}. */
const guide = json as Guide

export default guide
`
}

// The types of the JSON file for a JSON import: a JSON module is the value
// of `module.exports` to TypeScript (CommonJS), so it is `export =`.
function jsonTypes(guide) {
  return `// Generated from content/${guide.id}/versions/${guide.version}.md by scripts/generate.js: do not edit.
import type {Guide} from '../../guide.js' with {'resolution-mode': 'import'}

/** Guide \`${guide.id}\`, released version ${guide.version}, as JSON. */
declare const guide: Guide

export = guide
`
}

function catalogModule(entries) {
  const loaders = entries
    .map((entry) => `  ${JSON.stringify(entry.id)}: {\n${entry.versions.map((v) => `    ${JSON.stringify(v)}: () => import('./guides/${entry.id}/${v}.js')`).join(',\n')}\n  }`)
    .join(',\n')
  return `// Generated from content/ by scripts/generate.js: do not edit.
import type {Guide} from './guide.js'

/** Every released guide, with its versions oldest first. */
export const catalog = ${JSON.stringify(entries, null, 2)} as const

/** Loads the module of one released version, by guide id and version. */
export const loaders: Readonly<Record<string, Readonly<Record<string, () => Promise<{default: Guide}>>>>> = {
${loaders}
}
`
}

/** Writes only what changed, so unchanged modules keep their time stamps (tsc -b). */
function write(file, text) {
  written.add(file)
  const old = (() => {
    try {
      return readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
  })()
  if (old === text) return
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
}

function removeStale(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && !written.has(file)) rmSync(file)
  }
}

function readdirSafe(dir) {
  try {
    return readdirSync(dir, {withFileTypes: true})
  } catch {
    return []
  }
}

function bySemver(a, b) {
  const pa = semverFile.exec(a).slice(1).map(Number)
  const pb = semverFile.exec(b).slice(1).map(Number)
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2]
}

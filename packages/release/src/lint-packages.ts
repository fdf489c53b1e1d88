import {readFile} from 'node:fs/promises'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {binary, run} from './exec.js'
import {fileProblems} from './package-files.js'
import type {PackedPackage} from './pack.js'

/** Something a consumer of a packed package would trip over. */
export interface PackageProblem {
  package: string
  /**
   * `publint`, `attw` (are the types wrong), `exports` (a target missing
   * from the tarball), `license` (no LICENSE, or not the repository's),
   * `sourcemap` (a map, or a map's source, missing from the tarball) or
   * `manifest` (not ESM only).
   */
  tool: 'publint' | 'attw' | 'exports' | 'license' | 'sourcemap' | 'manifest'
  message: string
}

/**
 * Lints one packed package as a consumer gets it: publint (strict, every
 * suggestion counts), `attw --profile esm-only` on every entry point
 * (offline: no DefinitelyTyped lookup; stylesheets too, so each needs a
 * `types` condition), every `exports` target of every condition must be a
 * file in the tarball, and `fileProblems`: the repository's LICENSE, source
 * maps only with their sources, an ESM-only manifest.
 */
export async function lintPackage(packed: PackedPackage, root: string): Promise<PackageProblem[]> {
  const [fromPublint, fromAttw] = await Promise.all([runPublint(packed), runAttw(packed, root)])
  const fromFiles = fileProblems(packed, root).map((problem) => ({package: packed.name, ...problem}))
  return [...fromPublint, ...fromAttw, ...missingTargets(packed), ...fromFiles]
}

async function runPublint(packed: PackedPackage): Promise<PackageProblem[]> {
  const bytes = await readFile(packed.tarball)
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const {messages, pkg} = await publint({pack: {tarball}, strict: true, level: 'suggestion'})
  return messages.map((message) => ({
    package: packed.name,
    tool: 'publint' as const,
    message: `${message.type}: ${formatMessage(message, pkg, {color: false}) ?? message.code}`
  }))
}

async function runAttw(packed: PackedPackage, root: string): Promise<PackageProblem[]> {
  const expanded = wildcardEntrypoints(exportTargets(packed.manifest.exports), packed.files)
  const args = [packed.tarball, '--profile', 'esm-only', '--no-definitely-typed', '--no-emoji', '--no-color']
  if (expanded.length > 0) args.push('--include-entrypoints', ...expanded)
  const result = await run(binary(root, 'attw'), args, {cwd: root})
  return result.code === 0 ? [] : [{package: packed.name, tool: 'attw', message: (result.stdout + result.stderr).trim()}]
}

/** Every `exports` target that matches no file of the tarball. */
export function missingTargets(packed: Pick<PackedPackage, 'name' | 'files' | 'manifest'>): PackageProblem[] {
  return exportTargets(packed.manifest.exports)
    .filter(({target}) => !packed.files.some((file) => targetPattern(target).test(file)))
    .map(({where, target}) => ({package: packed.name, tool: 'exports', message: `${where} is \`${target}\`, which is not in the package`}))
}

interface ExportTarget {
  /** The subpath (`.`, `./guide.css`). */
  key: string
  /** Where in package.json, e.g. `exports["."]["types"]`. */
  where: string
  target: string
}

function exportTargets(exports: unknown, key = '.', where = 'exports'): ExportTarget[] {
  if (typeof exports === 'string') return [{key, where, target: exports}]
  if (Array.isArray(exports)) return exports.flatMap((entry, index) => exportTargets(entry, key, `${where}[${index}]`))
  if (typeof exports !== 'object' || exports === null) return []
  return Object.entries(exports).flatMap(([name, value]) => exportTargets(value, name.startsWith('.') ? name : key, `${where}[${JSON.stringify(name)}]`))
}

/**
 * The concrete subpaths of wildcard exports (`./guides/*`), from the files
 * their first target matches: attw skips wildcards it is not given.
 */
function wildcardEntrypoints(targets: readonly ExportTarget[], files: readonly string[]): string[] {
  const subpaths = new Set<string>()
  for (const key of new Set(targets.map((t) => t.key).filter((key) => key.includes('*')))) {
    const target = targets.find((t) => t.key === key)!.target
    for (const file of files) {
      const match = targetPattern(target, '(.+)').exec(file)
      if (match) subpaths.add(key.replace('*', match[1]!))
    }
  }
  return [...subpaths].sort()
}

function targetPattern(target: string, wildcard = '.+'): RegExp {
  const relative = target.replace(/^\.\//, '')
  const escaped = relative.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join(wildcard)}$`)
}

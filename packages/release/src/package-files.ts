import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {PackedPackage} from './pack.js'

/** A problem with the files of a tarball (see `lintPackage`). */
export interface FileProblem {
  tool: 'license' | 'sourcemap' | 'manifest'
  message: string
}

/**
 * The checks on a tarball's files that publint and attw do not make: a
 * `LICENSE` identical to the repository's, source maps only with the sources
 * they map (or none), and an ESM-only manifest (`type: module`, `exports`
 * without a `require` condition).
 */
export function fileProblems(packed: Pick<PackedPackage, 'files' | 'manifest' | 'dir'>, root: string): FileProblem[] {
  return [...licenseProblems(packed, root), ...sourceMapProblems(packed), ...manifestProblems(packed)]
}

function licenseProblems(packed: Pick<PackedPackage, 'files' | 'dir'>, root: string): FileProblem[] {
  if (!packed.files.includes('LICENSE')) return [{tool: 'license', message: 'Unexpected tarball without a LICENSE file, expected a copy of the repository\'s LICENSE in the package folder'}]
  const expected = path.join(root, 'LICENSE')
  if (existsSync(expected) && readFileSync(path.join(packed.dir, 'LICENSE'), 'utf8') !== readFileSync(expected, 'utf8')) {
    return [{tool: 'license', message: 'Unexpected LICENSE different from the repository\'s, expected the same text (copy it from the root)'}]
  }
  return []
}

/** Every `sourceMappingURL` must name a packed map, and every source of a packed map must be packed too. */
function sourceMapProblems(packed: Pick<PackedPackage, 'files' | 'dir'>): FileProblem[] {
  const shipped = new Set(packed.files)
  const problems: FileProblem[] = []
  for (const file of packed.files.filter((f) => /\.(c|m)?js$|\.d\.(c|m)?ts$/.test(f))) {
    const match = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(path.join(packed.dir, file), 'utf8'))
    if (!match || match[1]!.startsWith('data:')) continue
    const map = path.posix.join(path.posix.dirname(file), match[1]!)
    if (!shipped.has(map)) problems.push({tool: 'sourcemap', message: `${file} points at \`${map}\`, which is not in the package`})
  }
  for (const map of packed.files.filter((f) => f.endsWith('.map'))) {
    const {sources = [], sourceRoot = ''} = JSON.parse(readFileSync(path.join(packed.dir, map), 'utf8')) as {sources?: string[]; sourceRoot?: string}
    for (const source of sources) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(map), sourceRoot, source))
      if (!shipped.has(target)) problems.push({tool: 'sourcemap', message: `${map} maps \`${target}\`, which is not in the package (ship the sources or emit no source maps)`})
    }
  }
  return problems
}

function manifestProblems(packed: Pick<PackedPackage, 'manifest'>): FileProblem[] {
  const problems: FileProblem[] = []
  if (packed.manifest.type !== 'module') problems.push({tool: 'manifest', message: `Unexpected "type": ${JSON.stringify(packed.manifest.type)}, expected "module" (the packages are ESM only)`})
  if (packed.manifest.exports === undefined) problems.push({tool: 'manifest', message: 'Unexpected package without "exports", expected every entry point listed there'})
  if (JSON.stringify(packed.manifest.exports ?? {}).includes('"require"')) problems.push({tool: 'manifest', message: 'Unexpected "require" condition in "exports", expected ESM only (Node.js >= 20.19 can require() it)'})
  return problems
}

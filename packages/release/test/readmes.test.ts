import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {publishable, readWorkspaces} from '../src/workspace.js'
import {repoRoot} from './helpers.js'

const skeleton = ['What is this?', 'When to use it', 'Install', 'Use', 'API', 'Types', 'Compatibility', 'Security']

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Every name `dist/index.d.ts` exports, values and types. */
function exportedNames(dir: string): string[] {
  const declarations = readFileSync(path.join(dir, 'dist/index.d.ts'), 'utf8')
  return [...declarations.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((name) => name.trim().replace(/^type /, '').split(' as ').at(-1)!.trim())
      .filter(Boolean)
  )
}

describe.each(publishable(readWorkspaces(repoRoot)).map((w) => [w.manifest.name, w] as const))('%s README', (_name, workspace) => {
  const readme = readFileSync(path.join(workspace.dir, 'README.md'), 'utf8')

  it('follows the skeleton of STYLE.md', () => {
    expect([...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((heading) => skeleton.includes(heading!))).toEqual(skeleton)
    expect(readme).toMatch(/## Use\n[\s\S]*```(js|ts)\n/)
  })

  it('documents every export: names in code spans, subpaths in full', () => {
    const names = exportedNames(workspace.dir).filter((name) => !new RegExp(`\`${name}[\`(<.]`).test(readme))
    const subpaths = Object.keys(workspace.manifest.exports as object)
      .filter((key) => key !== '.' && key !== './package.json')
      .map((key) => key.replace('./', `${workspace.manifest.name}/`))
      .filter((subpath) => !new RegExp(subpath.split('*').map(escape).join('[^\\s`]+')).test(readme))
    expect([...names, ...subpaths]).toEqual([])
  })
})

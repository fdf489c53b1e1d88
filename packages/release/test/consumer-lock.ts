import type {PackedPackage} from '../src/pack.js'

/** The parts of a package-lock.json (v3) this helper reads and writes. */
export interface Lockfile {
  name?: string
  lockfileVersion: number
  requires?: boolean
  packages: Record<string, LockEntry>
}

export interface LockEntry {
  name?: string
  version?: string
  resolved?: string
  integrity?: string
  link?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  [field: string]: unknown
}

/**
 * The lockfile of a project that depends on the packed tarballs (at
 * `file:<tarballDir>/<file>`), with their dependency tree copied from the
 * workspace's lockfile: `npm ci --offline` then installs it from the npm
 * cache alone, which `npm ci` of the workspace filled, without asking the
 * registry for anything. `devDependencies` (such as `@types/node`) come
 * from the workspace's own.
 */
export function consumerLock(packed: readonly PackedPackage[], workspace: Lockfile, tarballDir: string, devDependencies: Record<string, string> = {}): Lockfile {
  const spec = (p: PackedPackage) => `file:${tarballDir}/${p.tarball.split('/').at(-1)}`
  const dependencies = Object.fromEntries(packed.map((p) => [p.name, spec(p)]))
  const packages: Record<string, LockEntry> = {'': {name: 'consumer', dependencies, devDependencies}}
  const queue: [from: string, dependencies: Record<string, string>][] = [['', devDependencies]]
  for (const p of packed) {
    const {dependencies = {}, license, engines} = p.manifest
    packages[`node_modules/${p.name}`] = {version: p.version, resolved: spec(p), integrity: p.integrity, license, dependencies, engines}
    queue.push([workspacePath(workspace, p.name), dependencies])
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [from, dependencies] = next
    for (const name of Object.keys(dependencies)) {
      if (packed.some((p) => p.name === name)) continue
      const at = locate(workspace, from, name)
      if (packages[at]) continue
      const {dev: _dev, devOptional: _devOptional, peer: _peer, ...entry} = workspace.packages[at]!
      packages[at] = entry
      queue.push([at, {...entry.dependencies, ...entry.optionalDependencies}])
    }
  }
  return {name: 'consumer', lockfileVersion: 3, requires: true, packages}
}

/** Where the workspace keeps a workspace package (`packages/schema`). */
function workspacePath(lock: Lockfile, name: string): string {
  const link = lock.packages[`node_modules/${name}`]
  if (!link?.link || typeof link.resolved !== 'string') throw new Error(`Unexpected ${name} missing from the workspace lockfile`)
  return link.resolved
}

/** The lockfile path Node would load `name` from, starting at `from` (node_modules lookup). */
function locate(lock: Lockfile, from: string, name: string): string {
  for (let base = from; ; ) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (lock.packages[candidate]) {
      if (!candidate.startsWith('node_modules/') || lock.packages[candidate]!.link) throw new Error(`Unexpected ${candidate} in the workspace lockfile, expected a registry package under node_modules/`)
      return candidate
    }
    if (!base) throw new Error(`Unexpected ${name} (needed by ${from}) missing from the workspace lockfile; run npm install`)
    const index = base.lastIndexOf('/node_modules/')
    base = index === -1 ? '' : base.slice(0, index)
  }
}

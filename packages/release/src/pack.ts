import path from 'node:path'
import {run} from './exec.js'
import {publishable, readWorkspaces, type PackageManifest} from './workspace.js'

/** One package packed as it would be published. */
export interface PackedPackage {
  name: string
  version: string
  /** The package's folder in the workspace. */
  dir: string
  /** Absolute path of the `.tgz`. */
  tarball: string
  /** The tarball's `sha512-` integrity. */
  integrity: string
  /** Paths of the files in the tarball, relative to the package root. */
  files: string[]
  /** Its package.json, as packed. */
  manifest: PackageManifest
}

interface NpmPackEntry {
  name: string
  version: string
  filename: string
  integrity: string
  files: {path: string}[]
}

/**
 * Packs every publishable package of the workspace at `root` into
 * `destination` with one `npm pack` (no lifecycle scripts, nothing built).
 */
export async function packPublishable(root: string, destination: string): Promise<PackedPackage[]> {
  const packages = publishable(readWorkspaces(root))
  const args = ['pack', '--json', '--ignore-scripts', '--pack-destination', destination, ...packages.flatMap((p) => ['-w', p.relativeDir])]
  const result = await run('npm', args, {cwd: root})
  if (result.code !== 0) throw new Error(`npm pack failed:\n${result.stderr}`)
  const entries = JSON.parse(result.stdout) as NpmPackEntry[]
  return entries.map((entry) => {
    const workspace = packages.find((p) => p.manifest.name === entry.name)!
    return {
      name: entry.name,
      version: entry.version,
      dir: workspace.dir,
      tarball: path.join(destination, path.basename(entry.filename)),
      integrity: entry.integrity,
      files: entry.files.map((file) => file.path),
      manifest: workspace.manifest
    }
  })
}

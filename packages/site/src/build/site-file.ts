import {sha256} from '../digest.js'

/** A file of the built site: its path from the site root and its content. */
export interface SiteFile {
  path: string
  content: string | Uint8Array
}

/**
 * A file of the built site kept on disk (a guide's part): copied into the
 * site, or linked from the published one when unchanged, checked against
 * its SHA-256 either way.
 */
export interface StoredFile {
  path: string
  /** Where its bytes are. */
  from: string
  /** The SHA-256 (hex) of its bytes. */
  sha256: string
  size: number
}

/** A file the build publishes. */
export type OutputFile = SiteFile | StoredFile

/** The number of bytes of a file of the site. */
export function sizeOf(file: OutputFile): number {
  if ('from' in file) return file.size
  return typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength
}

/** A file of the site made when `content` is called: the preview renders only the pages it serves. */
export interface LazyFile {
  path: string
  content: () => string | Uint8Array
}

/** Digests of files whose content never changes (frozen site assets), by file. */
const digests = new WeakMap<SiteFile, string>()

/**
 * The SHA-256 (hex) of a site file's content. A frozen file's is computed
 * once per process: the site's assets, the same in every build, whose
 * content is never replaced (frozen) nor written into (nothing does).
 */
export function digestOf(file: SiteFile): string {
  const known = digests.get(file)
  if (known !== undefined) return known
  const digest = sha256(file.content)
  if (Object.isFrozen(file)) digests.set(file, digest)
  return digest
}

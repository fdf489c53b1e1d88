import type {Guide} from '@org/llm-interview-schema'
import {hashOf} from '../build/cache.js'
import type {PublishedLinks} from '../build/link-files.js'
import type {GuideEntry} from '../content/load.js'

/**
 * What a good preview build hands the server: each guide's versions by
 * fingerprint, the guides the server does not hold yet (those it holds
 * were named in the request), and the files their links publish.
 */
export interface PreviewContent {
  entries: {id: string; next: string; releases: string[]}[]
  guides: [string, Guide][]
  /** By `versionKey(guide, version)`, as `linkedFilesOfSite` answers. */
  links: ReadonlyMap<string, PublishedLinks>
}

const digests = new WeakMap<object, string>()

/**
 * A guide version's fingerprint: its version and a digest of the rest of
 * the guide, so two equal fingerprints are two equal guides. The digest is
 * computed once per parse: the parse cache answers copies of one guide
 * that differ only in `version` and share its `parts`.
 */
export function fingerprint(guide: Guide): string {
  let digest = digests.get(guide.parts)
  if (digest === undefined) {
    digest = hashOf(JSON.stringify({...guide, version: ''}))
    digests.set(guide.parts, digest)
  }
  return `${guide.version} ${digest}`
}

/** The content as the worker sends it: the guides whose fingerprints are in `held` are left out. */
export function packContent(entries: readonly GuideEntry[], links: ReadonlyMap<string, PublishedLinks>, held: ReadonlySet<string>): PreviewContent {
  const guides = new Map<string, Guide>()
  const ref = (guide: Guide) => {
    const print = fingerprint(guide)
    if (!held.has(print)) guides.set(print, guide)
    return print
  }
  return {entries: entries.map((entry) => ({id: entry.id, next: ref(entry.next), releases: entry.releases.map(ref)})), guides: [...guides], links}
}

/**
 * The guide entries of `content`, taking the guides left out from `held`
 * (throws when one is in neither), with the guides by fingerprint and the
 * fingerprint of each.
 */
export function unpackContent(content: PreviewContent, held: ReadonlyMap<string, Guide>): {entries: GuideEntry[]; guides: Map<string, Guide>; prints: Map<Guide, string>} {
  const sent = new Map(content.guides)
  const guides = new Map<string, Guide>()
  const prints = new Map<Guide, string>()
  const guide = (print: string) => {
    const found = sent.get(print) ?? held.get(print)
    if (!found) throw new Error(`the build worker left out a guide the server does not hold (${print})`)
    guides.set(print, found)
    prints.set(found, print)
    return found
  }
  const entries = content.entries.map((entry) => ({id: entry.id, next: guide(entry.next), releases: entry.releases.map(guide)}))
  return {entries, guides, prints}
}

import {catalog, loaders} from './generated/catalog.js'
import type {Guide} from './generated/guide.js'
import type {GuideVersions} from './types.js'

/** Every released guide with its versions (oldest first), in id order. */
export const guides: readonly GuideVersions[] = catalog

/** Ids of the guides this package holds. */
export type GuideId = (typeof catalog)[number]['id']

/** The released versions (`x.y.z`) of the guide `Id`; of every guide by default. */
export type GuideVersion<Id extends GuideId = GuideId> = Extract<(typeof catalog)[number], {id: Id}>['versions'][number]

/**
 * Loads one released version of a guide: `version` is `x.y.z` or `latest`
 * (the default). Only the requested version's module is loaded. Throws an
 * error naming the known guides or versions when there is no such release.
 * Known ids and their versions complete in editors; any string is accepted
 * (and checked when called), for ids and versions read at run time.
 */
export async function loadGuide<Id extends GuideId>(id: Id | (string & {}), version: GuideVersion<Id> | 'latest' | (string & {}) = 'latest'): Promise<Guide> {
  const entry = guides.find((guide) => guide.id === id)
  if (!entry) throw new Error(`Unknown guide \`${id}\`, expected one of: ${guides.map((g) => g.id).join(', ')}`)
  const resolved = version === 'latest' ? entry.latest : version
  const load = entry.versions.includes(resolved) ? loaders[entry.id]?.[resolved] : undefined
  if (!load) throw new Error(`Unknown version \`${version}\` of guide \`${id}\`, expected \`latest\` or one of: ${entry.versions.join(', ')}`)
  return (await load()).default
}

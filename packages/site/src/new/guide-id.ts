/**
 * Top-level folders of the built site that a guide's folder would clash
 * with (`<guide id>/` sits beside them).
 */
export const reservedGuideIds = ['assets', 'schema'] as const

/** Why `id` cannot name a new guide (an entry of `newMessages`), or undefined when it can. */
export function invalidGuideId(id: string): {key: 'new/id-slug'; params: {id: string}} | {key: 'new/id-reserved'; params: {id: string; reserved: readonly string[]}} | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return {key: 'new/id-slug', params: {id}}
  if ((reservedGuideIds as readonly string[]).includes(id)) return {key: 'new/id-reserved', params: {id, reserved: reservedGuideIds}}
  return undefined
}

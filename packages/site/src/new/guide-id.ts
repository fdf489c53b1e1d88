/**
 * Top-level folders of the built site that a guide's folder would clash
 * with (`<guide id>/` sits beside them).
 */
export const reservedGuideIds = ['assets', 'schema'] as const

/** Why `id` cannot name a new guide, or undefined when it can. */
export function invalidGuideId(id: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return `Unexpected guide id \`${id}\`, expected a lowercase ASCII slug`
  if ((reservedGuideIds as readonly string[]).includes(id)) {
    return `Unexpected guide id \`${id}\`, expected an id other than ${reservedGuideIds.map((r) => `\`${r}\``).join(', ')}`
  }
  return undefined
}

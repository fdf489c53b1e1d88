/** URL schemes a guide may link to; anything else is rejected. */
export const allowedSchemes = ['http', 'https', 'mailto'] as const

/**
 * The scheme of `url` when it is not allowed, undefined when the URL is safe
 * (an allowed scheme, or relative such as `#1.1` or `../x`). Whitespace and
 * control characters are removed first, as browsers do (`java\tscript:`).
 */
export function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const match = /^([^/?#]*?):/.exec(compact)
  if (!match) return undefined
  const scheme = match[1]!.toLowerCase()
  return (allowedSchemes as readonly string[]).includes(scheme) ? undefined : scheme
}

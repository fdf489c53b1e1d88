// Where a `latest/` redirect page sends the visitor; no DOM, so it runs in tests too.

/**
 * The page's `target` (a relative URL the site wrote) resolved against
 * `here`, with `here`'s query and anchor; undefined when the target is
 * missing, absolute, or resolves to another origin or scheme. The visitor's
 * query and anchor only ever become the target's query and anchor: they
 * never choose the path.
 */
export function redirectTarget(target: string | undefined, here: URL): URL | undefined {
  if (!target || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(target)) return undefined
  const url = new URL(target, here)
  if (url.origin !== here.origin || url.protocol !== here.protocol) return undefined
  url.search = here.search
  url.hash = here.hash
  return url
}

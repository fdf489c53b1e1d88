/** A release version `x.y.z` (no pre-release tags: guides are released whole). */
export const semverPattern = /^(\d+)\.(\d+)\.(\d+)$/

/** Whether `text` is a release version. */
export function isSemver(text: string): boolean {
  return semverPattern.test(text)
}

/** Compares two release versions: negative when `a` comes first. */
export function compareSemver(a: string, b: string): number {
  const pa = semverPattern.exec(a)!.slice(1).map(Number)
  const pb = semverPattern.exec(b)!.slice(1).map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!
  return 0
}

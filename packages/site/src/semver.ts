/**
 * A release version `x.y.z` in canonical form: no pre-release tags (guides
 * are released whole), no leading zeros (`1.00.1` and `01.2.3` are not
 * versions), and each number a safe integer, so versions compare exactly.
 */
export const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

/** Whether `text` is a canonical release version. */
export function isSemver(text: string): boolean {
  const match = semverPattern.exec(text)
  return match !== null && match.slice(1).every((part) => Number.isSafeInteger(Number(part)))
}

/** Compares two release versions: negative when `a` comes first. */
export function compareSemver(a: string, b: string): number {
  const pa = semverPattern.exec(a)!.slice(1).map(Number)
  const pb = semverPattern.exec(b)!.slice(1).map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!
  return 0
}

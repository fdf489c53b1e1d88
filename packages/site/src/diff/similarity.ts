/**
 * NFKC-normalised, lower-cased text without whitespace, punctuation or
 * symbols, so that full-width versus ASCII punctuation or added spaces do
 * not count as rewording.
 * Falls back to the lower-cased text when nothing else is left.
 */
export function normalizeText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase()
  const stripped = folded.replace(/[\s\p{P}\p{S}]+/gu, '')
  return stripped === '' ? folded.trim() : stripped
}

/** Character bigrams with their counts; a single character is its own gram. */
function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text)
  const grams = new Map<string, number>()
  if (chars.length === 1) grams.set(chars[0]!, 1)
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/**
 * Dice coefficient of the character bigrams of the two normalised texts:
 * 1 when equal, 0 when nothing is shared. Chinese has no word boundaries,
 * which is why characters rather than words are compared.
 */
export function similarity(a: string, b: string): number {
  const x = normalizeText(a)
  const y = normalizeText(b)
  if (x === y) return x === '' ? 0 : 1
  const gx = bigrams(x)
  const gy = bigrams(y)
  let size = 0
  let shared = 0
  for (const count of gx.values()) size += count
  for (const [gram, count] of gy) {
    size += count
    shared += Math.min(count, gx.get(gram) ?? 0)
  }
  return size === 0 ? 0 : (2 * shared) / size
}

/**
 * The few words of the guide format itself (like `分钟` in durations): the
 * lead-in that marks a section's objective. Everything else is found by
 * structure, not by text.
 */
export const objectiveLabels = ['考核目标', '目标', 'Objective'] as const

const digits: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}

/** The value of a Chinese numeral up to 999 (`十二` is 12), or undefined. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text)
  let total = 0
  let current = 0
  for (const char of text) {
    if (char in digits) current = digits[char]!
    else if (char === '十') total += (current || 1) * 10, current = 0
    else if (char === '百') total += (current || 1) * 100, current = 0
    else return undefined
  }
  total += current
  return total > 0 ? total : undefined
}

/** The Chinese numeral for 1-999 (`12` gives `十二`), used in messages. */
export function chineseOrdinal(n: number): string {
  const names = '零一二三四五六七八九'
  if (n < 10) return names[n]!
  if (n < 20) return `十${n % 10 ? names[n % 10] : ''}`
  if (n < 100) return `${names[Math.floor(n / 10)]}十${n % 10 ? names[n % 10] : ''}`
  return String(n)
}

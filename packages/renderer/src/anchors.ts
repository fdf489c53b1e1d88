/** Stable fragment IDs: links and search results point at these. */
export const anchors = {
  part: (id: string) => id,
  section: (id: string) => `sec-${id}`,
  group: (id: string) => `g-${id}`,
  item: (id: string) => `t-${id}`,
  rubric: 'rubric',
  advice: 'advice',
  references: 'references',
  overview: 'overview',
  plan: 'plan',
  closing: 'closing',
  runSheet: 'run-sheet',
  scorecard: 'scorecard'
} as const

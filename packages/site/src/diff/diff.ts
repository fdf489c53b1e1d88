import {sumDurations, type Guide} from '@org/llm-interview-schema'
import {diffLevels} from './levels.js'
import {diffParts, diffSections} from './outline.js'
import {diffRubric} from './rubric.js'
import {diffTopics} from './topics.js'
import type {DiffSummary, GuideDiff, TotalChange} from './types.js'

/** The planned time of both versions (sum of their parts) and the difference. */
function totalChange(from: Guide, to: Guide): TotalChange {
  const before = sumDurations(from.parts.map((p) => p.duration))
  const after = sumDurations(to.parts.map((p) => p.duration))
  return {from: before, to: after, delta: {min: after.min - before.min, max: after.max - before.max}}
}

type Counted = Omit<GuideDiff, 'from' | 'to' | 'total' | 'summary'>

function summarize(diff: Counted): DiffSummary {
  const three = (d: {added: unknown[]; removed: unknown[]; changed: unknown[]}) => ({
    added: d.added.length,
    removed: d.removed.length,
    changed: d.changed.length
  })
  const {added, removed, reworded, moved} = diff.topics
  const summary = {
    topics: {added: added.length, removed: removed.length, reworded: reworded.length, moved: moved.length},
    sections: three(diff.sections),
    parts: three(diff.parts),
    rubric: three(diff.rubric),
    levels: three(diff.levels)
  }
  const changes = Object.values(summary)
    .flatMap((counts) => Object.values(counts))
    .reduce((sum, n) => sum + n, 0)
  return {...summary, changes}
}

/**
 * What changed from one version of a guide to another: topics (added,
 * removed, reworded, moved), sections, parts, rubric weights, level plans and
 * the planned total time. Pure; the same inputs always give the same output,
 * in the order of the new version (removed things in the old one's order).
 */
export function diffGuides(from: Guide, to: Guide): GuideDiff {
  const counted: Counted = {
    topics: diffTopics(from, to),
    sections: diffSections(from, to),
    parts: diffParts(from, to),
    rubric: diffRubric(from, to),
    levels: diffLevels(from, to)
  }
  return {from: from.version, to: to.version, total: totalChange(from, to), summary: summarize(counted), ...counted}
}

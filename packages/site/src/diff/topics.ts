import type {Guide, Item} from '@org/llm-interview-schema'
import {similarity} from './similarity.js'
import type {RewordedTopic, TopicDiff, TopicRef} from './types.js'

/** Least similarity for a removed and an added topic to count as one reworded topic. */
export const rewordThreshold = 0.5

interface Topic {
  ref: TopicRef
  /** What is compared: the text, or the code of a bare code block. */
  key: string
  parent: Topic | undefined
  /** Document order. */
  index: number
}

/** Every item of every section group, nested ones included, in document order. */
function collect(guide: Guide): Topic[] {
  const topics: Topic[] = []
  const visit = (item: Item, base: Omit<TopicRef, 'id' | 'kind' | 'text'>, parent: Topic | undefined): void => {
    const ref: TopicRef = {
      id: item.id,
      kind: item.kind,
      text: item.text,
      ...(item.text === '' && item.code && {code: item.code.value}),
      ...base,
      ...(parent && {parent: parent.ref.text})
    }
    const topic: Topic = {ref, key: item.text === '' ? (item.code?.value ?? '') : item.text, parent, index: topics.length}
    topics.push(topic)
    for (const child of item.items) visit(child, base, topic)
  }
  for (const part of guide.parts) {
    for (const section of part.sections) {
      for (const group of section.groups) {
        const base = {section: section.id, sectionTitle: section.title, ...(group.title === undefined ? {} : {group: group.title})}
        for (const item of group.items) visit(item, base, undefined)
      }
    }
  }
  return topics
}

/**
 * Ways to tell equal texts apart, strictest first: with duplicates, a topic
 * pairs with the copy in its own place before any copy elsewhere.
 */
const placeKeys: ((t: Topic) => string)[] = [
  (t) => [t.ref.section, t.ref.group ?? '', t.ref.parent ?? ''].join('\0'),
  (t) => [t.ref.section, t.ref.group ?? ''].join('\0'),
  (t) => t.ref.section,
  () => ''
]

/** Pairs topics of the two versions: equal texts first, then similar ones. */
function pairTopics(from: Topic[], to: Topic[]): Map<Topic, {to: Topic; similarity: number}> {
  const pairs = new Map<Topic, {to: Topic; similarity: number}>()
  const taken = new Set<Topic>()
  for (const place of placeKeys) {
    const open = new Map<string, Topic[]>()
    for (const t of to) {
      if (taken.has(t)) continue
      const key = t.key + '\u0001' + place(t)
      const list = open.get(key)
      if (list) list.push(t)
      else open.set(key, [t])
    }
    for (const f of from) {
      if (pairs.has(f)) continue
      const match = open.get(f.key + '\u0001' + place(f))?.shift()
      if (match) {
        pairs.set(f, {to: match, similarity: 1})
        taken.add(match)
      }
    }
  }
  // Greedy best-first over all remaining pairs; a pair within one section
  // wins over a better-scoring pair across sections.
  const candidates: {from: Topic; to: Topic; score: number; same: boolean}[] = []
  for (const f of from) {
    if (pairs.has(f)) continue
    for (const t of to) {
      if (taken.has(t)) continue
      const score = similarity(f.key, t.key)
      if (score >= rewordThreshold) candidates.push({from: f, to: t, score, same: f.ref.section === t.ref.section})
    }
  }
  candidates.sort((a, b) => Number(b.same) - Number(a.same) || b.score - a.score || a.from.index - b.from.index || a.to.index - b.to.index)
  for (const c of candidates) {
    if (pairs.has(c.from) || taken.has(c.to)) continue
    pairs.set(c.from, {to: c.to, similarity: c.score})
    taken.add(c.to)
  }
  pairInPlace(from, to, pairs, taken)
  return pairs
}

/** Least similarity for the only removed and added topics of one place to count as reworded. */
export const inPlaceThreshold = 0.05

/**
 * A topic rewritten heavily in the same place (same section, group and
 * parent) is still one reworded topic when it is the only one removed and
 * the only one added there and they share any wording: an editor rewrote
 * that line. A replacement sharing nothing stays a removal and an addition.
 */
function pairInPlace(from: Topic[], to: Topic[], pairs: Map<Topic, {to: Topic; similarity: number}>, taken: Set<Topic>): void {
  const place = (t: Topic, parent: Topic | undefined) => [t.ref.section, t.ref.group ?? '', parent ? parent.index : -1].join('\0')
  const removed = new Map<string, Topic[]>()
  for (const f of from) {
    if (pairs.has(f)) continue
    // Name the parent by its counterpart in the new version, so places compare.
    const parent = f.parent ? pairs.get(f.parent)?.to : undefined
    if (f.parent && !parent) continue
    const key = place(f, parent)
    removed.set(key, [...(removed.get(key) ?? []), f])
  }
  const added = new Map<string, Topic[]>()
  for (const t of to) {
    if (taken.has(t)) continue
    const key = place(t, t.parent)
    added.set(key, [...(added.get(key) ?? []), t])
  }
  for (const [key, [f, ...more]] of removed) {
    const candidates = added.get(key) ?? []
    if (!f || more.length > 0 || candidates.length !== 1) continue
    const t = candidates[0]!
    const score = similarity(f.key, t.key)
    if (score < inPlaceThreshold) continue
    pairs.set(f, {to: t, similarity: score})
    taken.add(t)
  }
}

/**
 * Same section, same group and the same parent. Parents count as the same
 * when they were paired, so rewording a parent does not move its children.
 */
function samePlace(f: Topic, t: Topic, pairs: Map<Topic, {to: Topic}>): boolean {
  if (f.ref.section !== t.ref.section || f.ref.group !== t.ref.group) return false
  if (!f.parent || !t.parent) return f.parent === t.parent
  return pairs.get(f.parent)?.to === t.parent
}

/** Topics added, removed, reworded and moved between two versions of a guide. */
export function diffTopics(fromGuide: Guide, toGuide: Guide): TopicDiff {
  const from = collect(fromGuide)
  const to = collect(toGuide)
  const pairs = pairTopics(from, to)
  const paired = new Set([...pairs.values()].map((p) => p.to))
  const reworded: RewordedTopic[] = []
  const moved: TopicDiff['moved'] = []
  // Changes are listed in the new version's order.
  const changed = [...pairs].sort((a, b) => a[1].to.index - b[1].to.index)
  for (const [f, {to: t, similarity: score}] of changed) {
    if (f.key !== t.key) reworded.push({from: f.ref, to: t.ref, similarity: Math.round(score * 100) / 100})
    else if (!samePlace(f, t, pairs)) moved.push({from: f.ref, to: t.ref})
  }
  return {
    added: to.filter((t) => !paired.has(t)).map((t) => t.ref),
    removed: from.filter((f) => !pairs.has(f)).map((f) => f.ref),
    reworded,
    moved
  }
}

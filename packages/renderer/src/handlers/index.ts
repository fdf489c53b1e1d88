import type {Group, Item, Part, Section} from '@org/llm-interview-schema'
import type {Element} from 'hast'
import type {State} from '../state.js'
import type {LevelVariant, PlannedSection} from '../variant.js'
import {advice} from './advice.js'
import {group} from './group.js'
import {header} from './header.js'
import {interview} from './interview.js'
import {item, items} from './item.js'
import {closing, overview} from './overview.js'
import {part} from './part.js'
import {plan} from './plan.js'
import {references} from './references.js'
import {rubric} from './rubric.js'
import {runSheetTable} from './run-sheet.js'
import {scorecard} from './scorecard.js'
import {section} from './section.js'
import {toc} from './toc.js'

/** One handler per kind of node or block; override any through `RenderOptions.handlers`. */
export interface Handlers {
  header(state: State): Element
  toc(state: State): Element
  overview(state: State): Element | undefined
  part(state: State, node: Part): Element
  section(state: State, node: Section, planned?: PlannedSection): Element
  group(state: State, node: Group, rank?: 3 | 4): Element
  items(state: State, nodes: readonly Item[]): Element[]
  item(state: State, node: Item): Element
  rubric(state: State): Element | undefined
  advice(state: State): Element | undefined
  references(state: State): Element | undefined
  closing(state: State): Element | undefined
  plan(state: State, variant: LevelVariant): Element
  runSheet(state: State): Element
  scorecard(state: State): Element
  /** The interview page: checklist, notes, scores and recommendation, for the page's script to drive. */
  interview(state: State): Element
}

export const defaultHandlers: Handlers = {
  header,
  toc,
  overview,
  part,
  section,
  group,
  items,
  item,
  rubric,
  advice,
  references,
  closing,
  plan,
  runSheet: runSheetTable,
  scorecard,
  interview
}

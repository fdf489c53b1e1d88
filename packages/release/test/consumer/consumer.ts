// A consumer's TypeScript, type-checked against the packed packages under
// `moduleResolution` nodenext and bundler (tsconfig.*.json beside it).
import {guides, loadGuide, type Guide as DataGuide, type GuideId, type GuideVersion, type GuideVersions} from '@org/llm-interview-data'
import pinned from '@org/llm-interview-data/guides/llm-interview/1.0.0'
import pinnedJson from '@org/llm-interview-data/guides/llm-interview/1.0.0.json' with {type: 'json'}
import {parse, type ParseResult} from '@org/llm-interview-parser'
import {render, type RenderOptions} from '@org/llm-interview-renderer'
import {GuideSchema, sumDurations, type Guide, type GuideInput, type Item} from '@org/llm-interview-schema'

const id: GuideId = 'llm-interview'
const entries: readonly GuideVersions[] = guides
const first: Guide = pinned
// The data package's own types (no schema package, no zod) and the schema's accept each other.
const fromJson: DataGuide = pinnedJson
const asSchemaGuide: Guide = fromJson
const asDataGuide: DataGuide = first
const released: GuideVersion<'llm-interview'> = '1.0.0'
// @ts-expect-error: not a released version of the guide
const unreleased: GuideVersion<'llm-interview'> = '0.0.1'
export const typed = [asSchemaGuide, asDataGuide, released, unreleased]

/** What a team's tool would do with the packages. */
export async function summary(): Promise<string[]> {
  const guide: Guide = await loadGuide(id, 'latest')
  const pinnedAgain: DataGuide = await loadGuide('llm-interview', released)
  const checked: Guide = GuideSchema.parse(guide as GuideInput)
  const questions: Item[] = checked.parts.flatMap((part) => part.sections.flatMap((section) => section.groups.flatMap((group) => group.items)))
  const options: RenderOptions = {page: 'runsheet'}
  const parsed: ParseResult = parse('# Title')
  return [pinnedAgain.title, first.title, entries[0]?.latest ?? '', String(questions.length), String(sumDurations(checked.parts.map((p) => p.duration)).min), render(checked, options).slice(0, 15), String(parsed.messages.length)]
}

// @ts-expect-error: parts are an array of parts
export const wrong: Guide['parts'] = 'no parts'

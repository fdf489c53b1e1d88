// A consumer's ES module: validates the latest released guide with the
// schema, rejects a broken copy with a readable error, and uses the parser
// and renderer the way a team would. Prints one JSON line for the test.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {guides, loadGuide} from '@org/llm-interview-data'
import pinned from '@org/llm-interview-data/guides/llm-interview/1.0.0'
import {parse} from '@org/llm-interview-parser'
import {render} from '@org/llm-interview-renderer'
import {GuideSchema, guideJsonSchema} from '@org/llm-interview-schema'

/** One line per zod issue: its path and message (zod is not a dependency of this project). */
const issues = (error) => error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')
const readJson = (specifier) => JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(specifier)), 'utf8'))

const latest = await loadGuide('llm-interview')
const valid = GuideSchema.safeParse(latest)
if (!valid.success) throw new Error(issues(valid.error))

const broken = structuredClone(latest)
broken.parts[0].sections[0].duration = 'ten minutes'
broken.parts[0].sections[0].title = 42
delete broken.rubric
const rejected = GuideSchema.safeParse(broken)

let unknownVersion = ''
await loadGuide('llm-interview', '0.0.1').catch((error) => (unknownVersion = error.message))

console.log(
  JSON.stringify({
    versions: guides.map((g) => `${g.id}@${g.versions.join(',')}`),
    latest: latest.version,
    pinned: pinned.version,
    rawJsonMatches: JSON.stringify(readJson('@org/llm-interview-data/guides/llm-interview/1.0.0.json')) === JSON.stringify(pinned),
    versionsJson: readJson('@org/llm-interview-data/versions.json'),
    jsonSchemaShipped: JSON.stringify(readJson('@org/llm-interview-schema/guide.schema.json')) === JSON.stringify(guideJsonSchema()),
    rejected: !rejected.success,
    error: rejected.success ? '' : issues(rejected.error),
    unknownVersion,
    parserMessages: parse('').messages.map((m) => m.ruleId),
    rendered: render(latest).slice(0, 200)
  })
)

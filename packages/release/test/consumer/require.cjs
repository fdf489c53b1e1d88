// A CommonJS consumer: require() of the ESM-only schema package (Node >= 20.19)
// and of the guide data's JSON files.
const {GuideSchema, schemaVersion} = require('@org/llm-interview-schema')
const {guides} = require('@org/llm-interview-data/versions.json')

const latest = guides[0]
const guide = require(`@org/llm-interview-data/guides/${latest.id}/${latest.latest}.json`)
console.log(JSON.stringify({schemaVersion, latest: `${latest.id}@${latest.latest}`, valid: GuideSchema.safeParse(guide).success}))

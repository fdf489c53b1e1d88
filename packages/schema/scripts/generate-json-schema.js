// Writes dist/guide.schema.json from the built zod schema, so the shipped
// JSON Schema is always generated, never edited by hand.
import {writeFileSync} from 'node:fs'
import {guideJsonSchema} from '../dist/index.js'

const target = new URL('../dist/guide.schema.json', import.meta.url)
writeFileSync(target, JSON.stringify(guideJsonSchema(), null, 2) + '\n')

// Writes dist/front-matter.schema.json from the built module, so the
// shipped JSON Schema is always generated, never edited by hand.
import {writeFileSync} from 'node:fs'
import {frontMatterJsonSchema} from '../dist/index.js'

const target = new URL('../dist/front-matter.schema.json', import.meta.url)
writeFileSync(target, JSON.stringify(frontMatterJsonSchema(), null, 2) + '\n')

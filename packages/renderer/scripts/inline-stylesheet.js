// Writes src/generated/stylesheet.ts from styles/guide.css, so the default
// inline stylesheet is part of the compiled module: the renderer reads no
// file at run time and works in a browser bundle as well as in Node.js.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'

const css = readFileSync(new URL('../styles/guide.css', import.meta.url), 'utf8')
const target = new URL('../src/generated/stylesheet.ts', import.meta.url)
const text = `// Generated from styles/guide.css by scripts/inline-stylesheet.js: do not edit.

/** The text of \`styles/guide.css\` (\`@org/llm-interview-renderer/guide.css\`), the default inline stylesheet. */
export const guideCss: string = ${JSON.stringify(css)}
`
mkdirSync(new URL('.', target), {recursive: true})
let old
try {
  old = readFileSync(target, 'utf8')
} catch {
  old = undefined
}
// Unchanged text keeps its time stamp, so tsc -b has nothing to redo.
if (old !== text) writeFileSync(target, text)

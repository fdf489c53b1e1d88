// Writes src/generated/stylesheet.ts from styles/guide.css, so the default
// inline stylesheet is part of the compiled module: the renderer reads no
// file at run time and works in a browser bundle as well as in Node.js.
// The text is compacted (comments and spaces dropped, rules written short,
// by lightningcss): it is what every page inlines or a site ships as its
// stylesheet file, so it is written once here and never by hand.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {Features, transform} from 'lightningcss'

const source = new URL('../styles/guide.css', import.meta.url)
// The stylesheet already needs `:has()`: browsers from Chrome 105, Firefox
// 121 and Safari (macOS, iOS) 15.4. Nothing newer is written (media ranges stay
// `min-width`/`max-width`: Safari 15.4 has no range syntax).
const version = (major, minor = 0) => (major << 16) | (minor << 8)
const targets = {chrome: version(105), firefox: version(121), safari: version(15, 4), ios_saf: version(15, 4)}
// `color-scheme` is written as is: no variables for a `light-dark()` fallback (the stylesheet uses none).
const {code, warnings} = transform({filename: 'guide.css', code: readFileSync(source), minify: true, targets, exclude: Features.LightDark})
if (warnings.length > 0) throw new Error(`styles/guide.css: ${warnings.map((w) => `${w.loc.line}:${w.loc.column} ${w.message}`).join('; ')}`)
const css = code.toString()
const target = new URL('../src/generated/stylesheet.ts', import.meta.url)
const text = `// Generated from styles/guide.css by scripts/inline-stylesheet.js: do not edit.

/** The text of \`styles/guide.css\` (\`@org/llm-interview-renderer/guide.css\`), compacted: the default inline stylesheet. */
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

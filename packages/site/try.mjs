import {parse} from '@org/llm-interview-parser'
import {readFileSync} from 'node:fs'
const path = process.argv[2]
const r = parse(readFileSync(path), {path})
for (const m of r.messages) console.log(`${m.line}:${m.column} ${m.fatal?'error':'warning'} ${m.reason} [${m.ruleId}] -- ${m.note}`)
if (r.guide) { const g=r.guide; console.log(g.parts.length, g.parts.flatMap(p=>p.sections).length, g.parts.flatMap(p=>p.sections.flatMap(s=>s.groups)).length, g.rubric.map(c=>c.weight), g.levels.map(l=>l.id+':'+l.focus.text), g.tips.map(t=>t.title), g.references.map(t=>t.title), g.closing.map(c=>c.text), g.headings, g.overview?.title); }

// The many-guides measures of site-speed.mjs alone (full, unchanged, one-guide
// edits paired with a build of that guide alone):
// `node many-edit.mjs [guides] [releases] [edits]`.
import {rmSync} from 'node:fs'
import {buildRepository, editGuide, singleGuideBuild, writeRepository} from './many-guides.mjs'
import {median} from './measure.mjs'

const [guides = 50, releases = 10, edits = 3] = process.argv.slice(2).map(Number)
const repo = writeRepository(guides, releases)
const show = (name, r) => console.log(`${name.padEnd(16)} ${r.ms.toFixed(0).padStart(6)} ms (turbo ${r.turboMs.toFixed(0)}, join ${r.joinMs.toFixed(0)}, ${r.tasks - r.cachedTasks} of ${r.tasks} tasks run)`)
show('full', buildRepository(repo.dir))
show('unchanged', buildRepository(repo.dir))
const edited = repo.ids[Math.min(6, repo.ids.length - 1)]
const ratios = []
for (let i = 0; i < edits; i++) {
  editGuide(repo.dir, edited, i)
  const edit = buildRepository(repo.dir)
  const single = singleGuideBuild(repo.dir, edited, releases)
  show(`edit ${i + 1}`, edit)
  console.log(`${'that guide alone'.padEnd(16)} ${single.toFixed(0).padStart(6)} ms, ratio ${(edit.ms / single).toFixed(2)}`)
  ratios.push(edit.ms / single)
}
console.log(`median ratio ${median(ratios).toFixed(2)} (target <= 1.5)`)
rmSync(repo.dir, {recursive: true, force: true})

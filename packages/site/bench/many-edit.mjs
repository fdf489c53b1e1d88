// The many-guides measures of site-speed.mjs alone (full, unchanged, one-guide
// edits, each beside a build of that guide alone and the same edit in a
// repository of that guide alone):
// `node many-edit.mjs [guides] [releases] [edits]`.
import {rmSync} from 'node:fs'
import {buildRepository, editGuide, singleGuideBuild, writeRepository} from './many-guides.mjs'
import {median} from './measure.mjs'

const [guides = 50, releases = 10, edits = 3] = process.argv.slice(2).map(Number)
const repo = writeRepository(guides, releases)
const show = (name, r) => console.log(`${name.padEnd(16)} ${r.ms.toFixed(0).padStart(6)} ms (${r.turboMs === undefined ? '' : `turbo ${r.turboMs.toFixed(0)}, join ${r.joinMs.toFixed(0)}, `}${r.tasks - r.cachedTasks} of ${r.tasks} tasks run)`)
show('full', buildRepository(repo.dir))
show('unchanged', buildRepository(repo.dir))
const edited = repo.ids[Math.min(6, repo.ids.length - 1)]
// The same pipeline on a repository of one guide: what the edit costs without the other guides.
const one = writeRepository(1, releases)
buildRepository(one.dir)
buildRepository(one.dir)
const ratios = []
const oneRatios = []
for (let i = 0; i < edits; i++) {
  editGuide(repo.dir, edited, i)
  const edit = buildRepository(repo.dir)
  const single = singleGuideBuild(repo.dir, edited, releases)
  show(`edit ${i + 1}`, edit)
  // The same pipeline without the overlap: turbo, then the join.
  editGuide(repo.dir, edited, i + 100)
  show('  one after other', buildRepository(repo.dir, {sequential: true}))
  console.log(`${'that guide alone'.padEnd(16)} ${single.toFixed(0).padStart(6)} ms, ratio ${(edit.ms / single).toFixed(2)}`)
  editGuide(one.dir, one.ids[0], i)
  const oneEdit = buildRepository(one.dir)
  show('one-guide repo', oneEdit)
  ratios.push(edit.ms / single)
  oneRatios.push(edit.ms / oneEdit.ms)
}
console.log(`median ratio ${median(ratios).toFixed(2)} to that guide alone (target <= 1.5), ${median(oneRatios).toFixed(2)} to the same edit in a one-guide repository`)
rmSync(repo.dir, {recursive: true, force: true})
rmSync(one.dir, {recursive: true, force: true})

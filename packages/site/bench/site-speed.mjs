// Issue 16's measures, each beside the bare pipeline (bare.mjs on the seed,
// as a process) run in turn with it: cold and warm builds, the
// unchanged rebuild with PDFs, the PDF stage per new PDF, `check` of one
// guide, and the many-guides repository through turbo (full, unchanged, and
// after a one-guide edit paired with a build of that guide alone). Used by bench.mjs.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromiumPath} from '../dist/build/browser.js'
import {buildRepository, editGuide, singleGuideBuild, writeRepository} from './many-guides.mjs'
import {median, timeProcess} from './measure.mjs'
import {writeRelease} from './release.mjs'

/** The seed as a content folder: its release 1.0.0 and `next` (the same text, as right after a release). */
function seedContent(seed) {
  const dir = mkdtempSync(path.join(tmpdir(), 'llm-interview-speed-'))
  writeRelease(path.join(dir, 'content', 'llm-interview'), '1.0.0', seed)
  writeFileSync(path.join(dir, 'content', 'llm-interview', 'guide.md'), seed)
  return dir
}

export function measureSpeed({root, bin, seed, runs, guides = 50, releases = 10}) {
  const bareScript = path.join(root, 'packages/site/bench/bare.mjs')
  const dir = seedContent(seed)
  const content = path.join(dir, 'content')
  const guideFile = path.join(content, 'llm-interview', 'guide.md')
  const build = (...args) => [bin, 'build', '--quiet', '--content', content, ...args]
  const bareRuns = []
  // Each measure runs in turn with the bare pipeline (A B A B ...), and its ratio is the median of the pairs' ratios:
  // pairs keep the ratio meaningful when the machine's speed drifts during the run.
  const paired = (args, options) => {
    const pairs = []
    for (let i = 0; i < runs; i++) {
      const ours = timeProcess(args, 1, options)
      const bare = timeProcess([bareScript, guideFile], 1)
      bareRuns.push(bare.ms)
      pairs.push({...ours, ratio: ours.ms / bare.ms})
    }
    const mid = (key) => median(pairs.map((p) => p[key]))
    return {ms: mid('ms'), cpuMs: mid('cpuMs'), rssKiB: mid('rssKiB'), ratio: mid('ratio'), stderr: pairs.at(-1).stderr}
  }
  const cold = paired(build('--no-pdf', '--no-cache', '--out', path.join(dir, 'cold')))
  const warmCache = path.join(dir, 'warm-cache')
  timeProcess(build('--no-pdf', '--cache', warmCache, '--out', path.join(dir, 'warm')), 1)
  const warm = paired(build('--no-pdf', '--cache', warmCache, '--out', path.join(dir, 'warm')))
  const check = paired([bin, 'check', path.join(content, 'llm-interview')])
  const failingDir = seedContent(seed.replace(/^(### \S+ .*?) \(\d+分钟\)$/m, '$1'))
  const failing = timeProcess([bin, 'build', '--quiet', '--content', path.join(failingDir, 'content'), '--out', path.join(failingDir, 'site')], runs, {statuses: [1]})
  const failingCheck = timeProcess([bin, 'check', path.join(failingDir, 'content')], runs, {statuses: [1]})
  const result = {bareMs: NaN, cold, warm, check, failing, failingCheck, pdf: null, many: null}
  if (chromiumPath()) {
    const pdfCache = path.join(dir, 'pdf-cache')
    const first = timeProcess(build('--pdf', '--cache', pdfCache, '--out', path.join(dir, 'pdf')).filter((a) => a !== '--quiet'), 1)
    const stageMs = Number(/^ {2}pdf\s+(\d+) ms$/m.exec(first.stderr)?.[1])
    const printed = Number(/\((\d+) printed/.exec(first.stderr)?.[1])
    const unchanged = paired(build('--pdf', '--cache', pdfCache, '--out', path.join(dir, 'pdf')).filter((a) => a !== '--quiet'))
    result.pdf = {firstMs: first.ms, stageMs, printed, perPdfMs: stageMs / printed, unchanged, unchangedPrinted: Number(/\((\d+) printed/.exec(unchanged.stderr)?.[1])}
  }
  if (guides > 0) {
    const repo = writeRepository(guides, releases)
    const full = buildRepository(repo.dir)
    // Nothing changed: every task from turbo's cache; the join keeps this build's folder for the next to update.
    const unchanged = buildRepository(repo.dir)
    const edited = repo.ids[Math.min(6, repo.ids.length - 1)]
    // A repository of one guide, built the same way (llm-interview build --turbo): what the same edit costs without the other guides.
    const one = writeRepository(1, releases)
    buildRepository(one.dir)
    buildRepository(one.dir)
    // Each edit runs in turn with a build of that guide alone and with the same edit in the one-guide repository;
    // the ratios are the medians of the triples'.
    const triples = []
    for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
      editGuide(repo.dir, edited, i)
      const edit = buildRepository(repo.dir)
      const singleMs = singleGuideBuild(repo.dir, edited, releases)
      editGuide(one.dir, one.ids[0], i)
      const oneEdit = buildRepository(one.dir)
      // The same edit again, turbo then the join one after the other (no overlap): where the time goes.
      editGuide(repo.dir, edited, i + 100)
      const sequential = buildRepository(repo.dir, {sequential: true})
      triples.push({...edit, singleMs, oneMs: oneEdit.ms, seqMs: sequential.ms, seqTurboMs: sequential.turboMs, seqJoinMs: sequential.joinMs, ratio: edit.ms / singleMs, oneRatio: edit.ms / oneEdit.ms})
    }
    const pick = (key) => median(triples.map((e) => e[key]))
    result.many = {guides, releases, full, unchanged, edit: {ms: pick('ms'), tasks: triples[0].tasks, cachedTasks: triples[0].cachedTasks, ratio: pick('ratio')}, singleMs: pick('singleMs'), oneRepository: {ms: pick('oneMs'), ratio: pick('oneRatio')}, sequential: {ms: pick('seqMs'), turboMs: pick('seqTurboMs'), joinMs: pick('seqJoinMs')}}
    rmSync(one.dir, {recursive: true, force: true})
    rmSync(repo.dir, {recursive: true, force: true})
  }
  result.bareMs = median(bareRuns)
  rmSync(dir, {recursive: true, force: true})
  rmSync(failingDir, {recursive: true, force: true})
  return result
}

/** The table's rows: measure, ours, baseline, ratio, target. */
export function speedRows(s, f) {
  const ratio = (ms) => f(ms / s.bareMs, 2)
  const rows = [
    ['bare pipeline, seed (process)', `${f(s.bareMs)} ms (median of the runs paired with ours)`, '', '', ''],
    ['cold build, no PDFs, no cache', `${f(s.cold.ms)} ms (cpu ${f(s.cold.cpuMs)} ms), ${f(s.cold.rssKiB / 1024)} MiB peak`, 'bare pipeline (paired)', f(s.cold.ratio, 2), '<= 2'],
    ['warm build, no PDFs, cache', `${f(s.warm.ms)} ms (cpu ${f(s.warm.cpuMs)} ms), ${f(s.warm.rssKiB / 1024)} MiB peak`, 'bare pipeline (paired)', f(s.warm.ratio, 2), ''],
    ['check of one guide', `${f(s.check.ms)} ms (cpu ${f(s.check.cpuMs)} ms)`, 'bare pipeline (paired)', f(s.check.ratio, 2), '<= 1.5'],
    ['failing build / its check', `${f(s.failing.ms)} ms / ${f(s.failingCheck.ms)} ms`, 'its check', f(s.failing.ms / s.failingCheck.ms, 2), '~1']
  ]
  if (s.pdf) {
    rows.push(
      ['first build with PDFs', `${f(s.pdf.firstMs)} ms, ${s.pdf.printed} PDFs printed`, '', '', ''],
      ['PDF stage per new PDF', `${f(s.pdf.perPdfMs)} ms`, '', '', ''],
      ['unchanged rebuild with PDFs', `${f(s.pdf.unchanged.ms)} ms, ${s.pdf.unchangedPrinted} printed, ${f(s.pdf.unchanged.rssKiB / 1024)} MiB peak`, 'bare pipeline (paired)', f(s.pdf.unchanged.ratio, 2), '<= 3']
    )
  } else rows.push(['PDFs', 'skipped: no Chromium', '', '', ''])
  if (s.many) {
    const m = s.many
    rows.push(
      [`${m.guides} guides x ${m.releases} releases, full`, `${f(m.full.ms)} ms (build --turbo, ${m.full.tasks - m.full.cachedTasks} of ${m.full.tasks} tasks run)`, 'bare pipeline', ratio(m.full.ms), ''],
      [`${m.guides} guides, nothing changed`, `${f(m.unchanged.ms)} ms (${m.unchanged.tasks - m.unchanged.cachedTasks} of ${m.unchanged.tasks} tasks run)`, 'bare pipeline', ratio(m.unchanged.ms), ''],
      [`${m.guides} guides, one-guide edit`, `${f(m.edit.ms)} ms (build --turbo, ${m.edit.tasks - m.edit.cachedTasks} of ${m.edit.tasks} tasks run)`, `that guide alone ${f(m.singleMs)} ms (llm-interview build, paired)`, f(m.edit.ratio, 2), '<= 1.5'],
      ['', '', `the same edit, a one-guide repository: ${f(m.oneRepository.ms)} ms (build --turbo)`, f(m.oneRepository.ratio, 2), ''],
      ['', `one after the other: ${f(m.sequential.ms)} ms (turbo ${f(m.sequential.turboMs)}, then the join ${f(m.sequential.joinMs)})`, '', '', '']
    )
  }
  return rows
}

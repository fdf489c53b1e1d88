// `npm run bench`: speed, memory and size of the publisher against the
// baseline a user would otherwise run, measured in the same run on the same
// bytes. Prints a table and writes dist/bench.json. Medians of RUNS (5) runs.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from '@org/llm-interview-parser'
import {render} from '@org/llm-interview-renderer'
import {bare} from './bare.mjs'
import {devLatency} from './dev-latency.mjs'
import {hostileTable, measureHostile} from './hostile.mjs'
import {median, timeIt, timeProcess} from './measure.mjs'
import {syntheticGuide} from './synthetic.mjs'
import {writeRelease} from './release.mjs'
import {measureSpeed, speedRows} from './site-speed.mjs'

const runs = Number(process.env.RUNS ?? 5)
const root = new URL('../../../', import.meta.url).pathname
const bin = path.join(root, 'packages/site/bin/llm-interview.js')
const seed = readFileSync(path.join(root, 'content/llm-interview/guide.md'), 'utf8')
const work = mkdtempSync(path.join(tmpdir(), 'llm-interview-bench-'))
const results = {runs, sizes: [], site: {}, speed: {}, dev: {}, page: {}, hostile: []}
const mb = (text) => Buffer.byteLength(text) / 1024 / 1024

// Process start, the floor under every process measured.
const nodeStart = timeProcess(['-e', '0'], runs).ms

// 1. Parse+validate and render of one guide at 1x, 10x, 100x the seed.
for (const times of [1, 10, 100]) {
  const source = syntheticGuide(seed, times)
  const file = path.join(work, `guide-${times}x.md`)
  writeFileSync(file, source)
  const {guide, messages} = parse(source)
  if (!guide) throw new Error(`synthetic ${times}x guide has errors: ${messages.filter((m) => m.fatal).slice(0, 3).map(String).join('\n')}`)
  const parseMs = timeIt(() => parse(source), times === 100 ? Math.max(3, Math.min(runs, 5)) : runs)
  const renderMs = timeIt(() => render(guide), times === 100 ? 3 : runs)
  // The bare pipeline on the same bytes split into separate files (one per part).
  const parts = source.split(/\n(?=## )/)
  const bareSplitMs = timeIt(() => parts.forEach((p) => bare.processSync(p)), times === 100 ? 3 : runs)
  // ... and as one document, in its own process (micromark 4.0.3 is superlinear: capped at 2 minutes).
  const bareWhole = timeProcess([path.join(root, 'packages/site/bench/bare.mjs'), file], times === 100 ? 1 : runs, {timeout: 120_000})
  results.sizes.push({
    times,
    megabytes: mb(source),
    parseMs,
    parseMBps: mb(source) / (parseMs / 1000),
    renderMs,
    bareSplitMs,
    bareSplitMBps: mb(source) / (bareSplitMs / 1000),
    bareWholeMs: bareWhole.timedOut ? null : Math.max(0, bareWhole.ms - nodeStart),
    bareWholeTimedOut: bareWhole.timedOut
  })
}

// 2. Whole-site builds as processes, without PDFs: the seed, and 20 released versions.
const seedBuild = timeProcess([bin, 'build', '--quiet', '--no-pdf', '--content', path.join(root, 'content'), '--out', path.join(work, 'site')], runs, {cwd: root})
const bareSeed = timeProcess([path.join(root, 'packages/site/bench/bare.mjs'), path.join(root, 'content/llm-interview/guide.md')], runs)
const many = path.join(work, 'content-20')
mkdirSync(path.join(many, 'llm-interview', 'versions'), {recursive: true})
for (let v = 0; v < 20; v++) writeRelease(path.join(many, 'llm-interview'), `1.${v}.0`, seed.replace('验证候选人对现代大模型核心架构的深入理解', `验证候选人对现代大模型核心架构的深入理解（第 ${v} 版）`))
writeFileSync(path.join(many, 'llm-interview', 'guide.md'), seed)
const manyBuild = timeProcess([bin, 'build', '--quiet', '--no-pdf', '--content', many, '--out', path.join(work, 'site-20')], runs, {cwd: root})
results.site = {nodeStartMs: nodeStart, seedBuildMs: seedBuild.ms, seedBuildRssMiB: seedBuild.rssKiB / 1024, bareSeedMs: bareSeed.ms, twentyVersionsBuildMs: manyBuild.ms, twentyVersionsRssMiB: manyBuild.rssKiB / 1024}

// 2b. Issue 16: cold, warm, check, PDFs from the cache, many guides through turbo, each beside the bare pipeline.
results.speed = measureSpeed({root, bin, seed, runs, guides: Number(process.env.BENCH_GUIDES ?? 50), releases: Number(process.env.BENCH_RELEASES ?? 10)})

// 3. Page weight: what reading the full guide page needs (HTML + CSS; it needs no script).
const pageHtml = readFileSync(path.join(work, 'site', 'llm-interview', '1.0.0', 'index.html'))
const css = readFileSync(path.join(work, 'site', 'assets', 'guide.css'))
results.page = {htmlKiB: pageHtml.byteLength / 1024, cssKiB: css.byteLength / 1024, totalKiB: (pageHtml.byteLength + css.byteLength) / 1024}

// 4. Live preview: from saving a one-line edit to the edited page.
results.dev = {editToReloadMs: await devLatency(seed, runs)}

// 5. Hostile inputs (issue 11): `check` on each, as a process.
results.hostile = measureHostile(bin, runs)

// The table.
const f = (n, d = 0) => (n === null ? '—' : Number(n).toFixed(d))
const rows = [
  ['measure', 'ours', 'baseline', 'ours/baseline', 'target'],
  ...results.sizes.map((s) => [`parse+validate ${s.times}x (${f(s.megabytes, 2)} MB)`, `${f(s.parseMs)} ms, ${f(s.parseMBps, 2)} MB/s`, `bare split ${f(s.bareSplitMs)} ms, ${f(s.bareSplitMBps, 2)} MB/s`, f(s.parseMs / s.bareSplitMs, 2), '>= bare split throughput']),
  ...results.sizes.map((s) => [`bare one document ${s.times}x`, '', s.bareWholeTimedOut ? '> 120000 ms (stopped)' : `${f(s.bareWholeMs)} ms`, '', 'confirms micromark cost']),
  ['parse 100x / 1x', f(results.sizes[2].parseMs / results.sizes[0].parseMs, 1), '', '', '<= 110'],
  ...results.sizes.map((s) => [`render full page ${s.times}x`, `${f(s.renderMs)} ms`, '', '', '']),
  ['site build, seed (no PDFs)', `${f(results.site.seedBuildMs)} ms`, `bare process ${f(results.site.bareSeedMs)} ms`, f(results.site.seedBuildMs / results.site.bareSeedMs, 2), '< 2'],
  ['node -e 0', `${f(nodeStart)} ms`, '', '', ''],
  ['site build, 20 versions', `${f(results.site.twentyVersionsBuildMs)} ms, ${f(results.site.twentyVersionsRssMiB)} MiB peak`, '', '', ''],
  ['peak memory, seed build', `${f(results.site.seedBuildRssMiB)} MiB`, '', '', ''],
  ['guide page weight (HTML+CSS)', `${f(results.page.totalKiB, 1)} KiB`, 'VitePress ~300, Starlight ~180', f(results.page.totalKiB / 180, 2), '< 60 KiB'],
  ['dev: edit to reload', `${f(results.dev.editToReloadMs)} ms`, '', '', '< 150 ms'],
  ...speedRows(results.speed, f),
  ...hostileTable(results.hostile, f)
]
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...String(r[c])].length)))
for (const row of rows) console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join('  '))
mkdirSync(path.join(root, 'dist'), {recursive: true})
writeFileSync(path.join(root, 'dist', 'bench.json'), JSON.stringify(results, null, 2) + '\n')
console.log(`\nWrote dist/bench.json (medians of ${runs} runs).`)
rmSync(work, {recursive: true, force: true})
